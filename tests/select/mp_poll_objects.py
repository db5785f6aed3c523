# MicroPython's poll: registered objects come back as given (sockets,
# ints, fileno() objects, ioctl streams); closed sockets report POLLNVAL;
# ERR/HUP are reported even when not asked for.
import socket
import select


class FileLike:
    def __init__(self, s):
        self.s = s

    def fileno(self):
        return self.s.fileno()


class Stream:
    # MicroPython's stream protocol: ioctl(3, mask) returns ready events.
    def __init__(self):
        self.ready = 0

    def ioctl(self, req, arg):
        if req == 3:
            return self.ready & arg
        return -1


a, b = socket.socketpair()
fl = FileLike(a)
st = Stream()
p = select.poll()
p.register(fl, select.POLLOUT)
p.register(b.fileno(), select.POLLOUT)
p.register(st, select.POLLIN)
for obj, ev in p.poll(0):
    print(obj is fl, obj == b.fileno(), obj is st, ev)
st.ready = select.POLLIN | select.POLLOUT
for obj, ev in p.poll(0):
    print(obj is fl, obj == b.fileno(), obj is st, ev)
st.ready = 0
p.unregister(fl)
p.unregister(b.fileno())
print(p.poll(20))

# A closed socket reports POLLNVAL; a hung-up peer POLLHUP with an empty mask.
c, d = socket.socketpair()
q = select.poll()
q.register(c, 0)
q.register(d, select.POLLIN)
print(q.poll(0))
d.close()
print([(obj is c, ev) for obj, ev in q.poll(0)])
c.close()
print([(obj is c, ev) for obj, ev in q.poll(0)])
a.close()
b.close()
