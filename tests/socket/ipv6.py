# TCP and UDP over the IPv6 loopback.
import socket

print(socket.has_ipv6)
srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
srv.bind(("::1", 0))
srv.listen()
host, port, flow, scope = srv.getsockname()
print(host, flow, scope)
c = socket.socket(socket.AF_INET6)
c.connect(("::1", port))
conn, peer = srv.accept()
print(peer[0], len(peer), peer[2:], peer[1] == c.getsockname()[1])
c.sendall(b"over v6")
print(conn.recv(100))
print(c.getpeername()[:1], c.getpeername()[1] == port)
for s in (c, conn, srv):
    s.close()

# The four-tuple form of connect.
srv = socket.socket(socket.AF_INET6)
srv.bind(("::1", 0, 0, 0))
srv.listen()
c = socket.socket(socket.AF_INET6)
c.connect(("::1", srv.getsockname()[1], 0, 0))
conn, _ = srv.accept()
conn.sendall(b"4-tuple")
print(c.recv(100))
for s in (c, conn, srv):
    s.close()

# IPv6 UDP.
a = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
a.bind(("::1", 0))
b.sendto(b"dgram6", a.getsockname())
data, frm = a.recvfrom(100)
print(data, frm[0], len(frm))
a.close()
b.close()

# getaddrinfo results connect directly.
srv = socket.socket(socket.AF_INET6)
srv.bind(("::1", 0))
srv.listen()
fam, typ, proto, canon, sa = socket.getaddrinfo("::1", srv.getsockname()[1], socket.AF_INET6, socket.SOCK_STREAM)[0]
c = socket.socket(fam, typ, proto)
c.connect(sa)
conn, _ = srv.accept()
print("connected via getaddrinfo", int(fam), int(typ), proto)
for s in (c, conn, srv):
    s.close()

# A dual-stack listener accepts IPv4 clients as mapped addresses.
srv = socket.socket(socket.AF_INET6)
srv.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
srv.bind(("::", 0))
srv.listen()
c = socket.socket(socket.AF_INET)
c.connect(("127.0.0.1", srv.getsockname()[1]))
conn, peer = srv.accept()
print(peer[0])
for s in (c, conn, srv):
    s.close()
