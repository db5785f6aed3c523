# repr of sockets and the family/type/proto attributes.
import socket


def show(s):
    r = repr(s)
    fd = s.fileno()
    r = r.replace("fd=%d," % fd, "fd=FD,")
    for name in ("getsockname", "getpeername"):
        try:
            a = getattr(s, name)()
        except OSError:
            continue
        if isinstance(a, tuple) and a[1]:
            r = r.replace(", %d" % a[1], ", PORT")
    print(r)


s = socket.socket()
show(s)
print(int(s.family), int(s.type), s.proto, type(s).__name__, type(s).__module__)
s.bind(("127.0.0.1", 0))
show(s)
s.listen()
c = socket.socket()
c.connect(s.getsockname())
show(c)
conn, _ = s.accept()
show(conn)
for x in (conn, c):
    x.close()
show(c)
print(repr(c))

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
show(u)
print(int(u.family), int(u.type), u.proto)
u.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
print(u.proto)
u.close()

s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
show(s6)
s6.bind(("::1", 0))
show(s6)
s6.close()

a, b = socket.socketpair()
show(a)
a.close()
b.close()
un = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
show(un)
un.close()

# The attributes are read-only.
for attr in ("family", "type", "proto"):
    try:
        setattr(s, attr, 1)
    except AttributeError as e:
        print(attr, "read-only")
s.close()
show(s)
print(int(s.family), int(s.type), s.proto)
