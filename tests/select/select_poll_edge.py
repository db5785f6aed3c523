# select.select and poll edge cases: fileno objects, negative timeout, modify.
import select, socket
a, b = socket.socketpair()
print(select.select([a], [], [], 0))
r, w, x = select.select([a], [a], [], 0)
print(r == [], w == [a], x)
b.send(b"x")
r, w, x = select.select([a, b], [], [], 0)
print(r == [a])
print(select.select([a.fileno()], [], [], 0)[0] == [a.fileno()])
try:
    select.select([a], [], [], -1)
except ValueError as e:
    print("ValueError", e)
try:
    select.select([object()], [], [])
except TypeError as e:
    print("TypeError", e)
class F:
    def __init__(self, s): self.s = s
    def fileno(self): return self.s.fileno()
f = F(a)
print(select.select([f], [], [], 0)[0] == [f])
p = select.poll()
p.register(a, select.POLLIN)
p.register(b)
ev = sorted(p.poll(0), key=lambda t: t[0].fileno() if hasattr(t[0], "fileno") else t[0])
print([(e[0] is a or e[0] == a.fileno(), e[1]) for e in ev])
p.modify(a, select.POLLOUT)
p.unregister(b)
print(len(p.poll(0)))
a.recv(10)
b.close()
res = p.poll(0)
print(res[0][1] & select.POLLOUT != 0)
a.close()
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
