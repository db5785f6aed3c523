# socket.socketpair: connected AF_UNIX stream (and datagram) sockets.
import socket

a, b = socket.socketpair()
print(int(a.family), int(a.type), a.proto, int(b.family), int(b.type))
print(a.getblocking(), a.gettimeout())
print(repr(a.getsockname()), repr(a.getpeername()))
print(a.send(b"abc"), b.recv(10))
b.sendall(b"1234567890")
print(a.recv(4), a.recv(4), a.recv(4))
a.sendall(b"tail")
b.shutdown(socket.SHUT_WR)
print(a.recv(10))
print(b.recv(10))
a.close()
print(b.recv(10))
b.close()

# Datagram pairs keep message boundaries.
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(int(a.type))
a.send(b"one")
a.send(b"two")
print(b.recv(100), b.recv(100))
a.close()
b.close()

# SOCK_NONBLOCK in the type makes non-blocking sockets.
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(int(a.type), a.getblocking(), a.gettimeout())
try:
    a.recv(1)
except BlockingIOError as e:
    print(type(e).__name__, e)
a.close()
b.close()

# Keyword arguments.
a, b = socket.socketpair(family=socket.AF_UNIX, type=socket.SOCK_STREAM, proto=0)
with a, b:
    a.send(b"kw")
    print(b.recv(2))
print(a.fileno(), b.fileno())

try:
    socket.socketpair(socket.AF_INET)
except OSError as e:
    print(type(e).__name__, e)
