# poll.register/modify/unregister/poll semantics shared by CPython and
# MicroPython (registered objects are mapped back to names).
import socket
import select

a, b = socket.socketpair()
names = {a.fileno(): "a", b.fileno(): "b"}


def key(o):
    return names[o if isinstance(o, int) else o.fileno()]


def show(p, timeout=0):
    print(sorted((key(o), ev) for o, ev in p.poll(timeout)))


p = select.poll()
show(p)
p.register(a)
show(p)
p.register(a, select.POLLIN)
show(p)
p.register(b, select.POLLOUT)
show(p)
a.send(b"x")
select.select([b], [], [], 5)
p.modify(b, select.POLLIN)
show(p)
p.modify(b, select.POLLIN | select.POLLOUT)
show(p)
try:
    p.modify(socket.socket(), select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno, e)
p.unregister(b)
show(p)
p.register(b.fileno(), select.POLLIN)
show(p)
p.unregister(b.fileno())
show(p)

# Descriptors and objects with fileno() are accepted.
class Wrapper:
    def __init__(self, s):
        self.s = s

    def fileno(self):
        return self.s.fileno()


q = select.poll()
q.register(Wrapper(a), select.POLLOUT)
q.register(b.fileno(), select.POLLOUT)
print(len(q.poll(0)))

for bad in ("x", None, 1.5, -1, Wrapper(None)):
    try:
        q.register(bad)
    except Exception as e:
        print(type(e).__name__)

# Timeouts: 0, negative/None (forever) and positive milliseconds.
q = select.poll()
q.register(a, select.POLLIN)
print(q.poll(0), q.poll(10), q.poll(1.5))
b.send(b"y")
print(len(q.poll()), len(q.poll(-1)), len(q.poll(None)))
try:
    q.poll("x")
except TypeError as e:
    print("TypeError", e)
a.close()
b.close()
