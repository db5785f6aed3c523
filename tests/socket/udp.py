# UDP on the loopback: sendto/recvfrom, connected datagram sockets,
# message boundaries, truncation with MSG_TRUNC-less recv.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
aaddr, baddr = a.getsockname(), b.getsockname()
print(int(a.type), a.proto)
print(b.sendto(b"hello", aaddr))
data, frm = a.recvfrom(100)
print(data, frm == baddr)
print(b.sendto(b"flags", 0, aaddr))
print(a.recvfrom(100)[0])

# Boundaries are kept; a short buffer truncates the datagram.
b.sendto(b"first", aaddr)
b.sendto(b"second", aaddr)
print(a.recv(3), a.recv(100))

# recvfrom_into
buf = bytearray(10)
b.sendto(b"into", aaddr)
n, frm = a.recvfrom_into(buf)
print(n, buf, frm == baddr)
b.sendto(b"abcdefgh", aaddr)
n, frm = a.recvfrom_into(buf, 4)
print(n, buf)

# Connected UDP: send/recv, and the peer filter.
a.connect(baddr)
print(a.getpeername() == baddr)
a.send(b"to b")
print(b.recvfrom(100)[0])
b.sendto(b"to a", aaddr)
print(a.recv(100))

# Empty datagrams exist.
b.sendto(b"", aaddr)
print(a.recvfrom(10)[0])

# MSG_PEEK leaves the datagram in place.
b.sendto(b"peek", aaddr)
print(a.recv(10, socket.MSG_PEEK), a.recv(10))

# Non-blocking recv on an empty socket.
a.setblocking(False)
try:
    a.recvfrom(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
a.settimeout(0.05)
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e)

# Wildcard bind reports 0.0.0.0.
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.bind(("", 0))
print(c.getsockname()[0])
c.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST) != 0)
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
for s in (a, b, c):
    s.close()
