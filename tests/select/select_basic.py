# select.select over sockets, descriptors and fileno() objects.
import socket
import select
import time

a, b = socket.socketpair()


class Wrapper:
    def __init__(self, s):
        self.s = s

    def fileno(self):
        return self.s.fileno()


print(select.select([], [], [], 0))
r, w, x = select.select([a, b], [a, b], [a, b], 0)
print(len(r), [s is a for s in w], x)
b.send(b"hello")
r, w, x = select.select([a, b], [], [], 5)
print([s is a for s in r])
r, w, x = select.select([a.fileno(), b.fileno()], [], [], 5)
print(r == [a.fileno()])
wa = Wrapper(a)
r, w, x = select.select([wa], [wa], [], 5)
print(r[0] is wa, w[0] is wa)
a.recv(100)

# Order and duplicates are kept.
r, w, x = select.select([], [b, a, b], [], 0)
print([s is a for s in w])

# Timeouts in seconds (int or float).
t0 = time.time()
print(select.select([a], [], [], 0.1), 0.08 < time.time() - t0 < 3)
print(select.select([a], [], [], 0))
print(select.select((a,), (), (), 0))

# EOF and errors count as readable.
b.close()
r, w, x = select.select([a], [], [], 5)
print(r == [a], a.recv(10))
a.close()

# A listening socket is readable when a connection is pending.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
print(select.select([srv], [], [], 0)[0])
c = socket.socket()
c.connect(srv.getsockname())
print(select.select([srv], [], [], 5)[0] == [srv])
conn, _ = srv.accept()
for s in (c, conn, srv):
    s.close()
