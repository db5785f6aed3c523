# A closed socket: close is idempotent, fileno is -1, everything else
# raises OSError EBADF; detach hands the descriptor over.
import socket

s = socket.socket()
s.bind(("127.0.0.1", 0))
s.close()
s.close()
print(s.fileno())
for name, args in [
    ("bind", (("127.0.0.1", 0),)), ("listen", ()), ("accept", ()), ("connect", (("127.0.0.1", 1),)),
    ("connect_ex", (("127.0.0.1", 1),)), ("send", (b"x",)), ("sendall", (b"x",)),
    ("sendto", (b"x", ("127.0.0.1", 1))), ("recv", (1,)), ("recvfrom", (1,)),
    ("recv_into", (bytearray(1),)), ("recvfrom_into", (bytearray(1),)),
    ("getsockname", ()), ("getpeername", ()), ("shutdown", (socket.SHUT_RDWR,)),
    ("setsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)),
    ("getsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR)),
    ("setblocking", (False,)), ("settimeout", (1.0,)), ("dup", ()),
]:
    try:
        r = getattr(s, name)(*args)
        print(name, "->", r)
    except OSError as e:
        print(name, type(e).__name__, e.errno, e)
print(s.gettimeout(), s.getblocking())
print(int(s.family), int(s.type), s.proto)

# detach returns the descriptor and leaves the socket closed.
a, b = socket.socketpair()
fd = a.detach()
print(fd >= 0, a.fileno())
a2 = socket.socket(fileno=fd)
print(int(a2.family), int(a2.type), a2.proto)
a2.send(b"via fileno")
print(b.recv(20))
a2.close()
b.close()

# Sockets are context managers; __exit__ closes.
with socket.socket() as s2:
    print(s2.fileno() >= 0)
print(s2.fileno())
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s3:
    pass
try:
    s3.sendto(b"x", ("127.0.0.1", 9))
except OSError as e:
    print(e)

# fromfd duplicates the descriptor; dup makes an independent socket.
a, b = socket.socketpair()
c = socket.fromfd(a.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
print(c.fileno() != a.fileno(), int(c.family), int(c.type))
a.close()
c.send(b"via dup")
print(b.recv(10))
d = c.dup()
c.close()
d.send(b"via dup2")
print(b.recv(10))
print(d.get_inheritable())
d.set_inheritable(True)
print(d.get_inheritable())
d.close()
b.close()
