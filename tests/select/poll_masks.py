# poll event masks over the life of TCP connections (Linux values).
import socket
import select

print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)


def events(p, obj, timeout=0):
    # CPython reports descriptors, MicroPython the registered objects.
    for o, ev in p.poll(timeout):
        if o is obj or o == obj.fileno():
            return ev
    return 0


def wait_readable(obj):
    q = select.poll()
    q.register(obj, select.POLLIN)
    q.poll(5000)


p = select.poll()
s = socket.socket()
p.register(s)
print("fresh socket:", events(p, s))
p.modify(s, select.POLLIN)
print("fresh socket, POLLIN only:", events(p, s))
s.bind(("127.0.0.1", 0))
print("bound:", events(p, s))
s.listen()
print("listening:", events(p, s))

c = socket.socket()
c.setblocking(False)
p.register(c, select.POLLIN | select.POLLOUT)
print("client before connect:", events(p, c))
try:
    c.connect(s.getsockname())
except BlockingIOError:
    pass
ev = events(p, c, 5000)
while not ev & select.POLLOUT:
    ev = events(p, c, 5000)
print("client connected:", ev)
print("listener with pending connection:", events(p, s, 5000))
conn, _ = s.accept()
print("listener after accept:", events(p, s))
p.register(conn, select.POLLIN | select.POLLOUT)
print("accepted:", events(p, conn))

c.send(b"data")
wait_readable(conn)
print("data waiting:", events(p, conn))
conn.recv(100)
print("data read:", events(p, conn))

c.shutdown(socket.SHUT_WR)
wait_readable(conn)
print("peer shut down writing:", events(p, conn))
print("recv at EOF:", conn.recv(10), events(p, conn))

p.modify(conn, select.POLLOUT)
print("POLLOUT only after EOF:", events(p, conn))
p.modify(conn, 0)
print("empty mask:", events(p, conn))

p.unregister(conn)
conn.close()
wait_readable(c)
print("peer closed:", events(p, c) & (select.POLLIN | select.POLLOUT))
p.unregister(c)
c.close()
p.unregister(s)
s.close()

# A closed socket still registered reports POLLNVAL.
q = select.poll()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
q.register(u)
print("udp socket:", events(q, u))
fd = u.fileno()
u.close()
res = q.poll(0)
print("closed:", [ev for o, ev in res])
