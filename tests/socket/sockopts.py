# setsockopt/getsockopt with int and bytes values.
import socket

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, False)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 30)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_DOMAIN), s.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))

# Bytes values, and reading raw bytes with a buffer length.
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, b"\x01\x00\x00\x00")
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 0))
linger = b"\x01\x00\x00\x00\x05\x00\x00\x00"
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, bytearray(8))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))

# Buffer sizes: the kernel doubles what is asked.
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) >= 65536)

# Listening sockets report SO_ACCEPTCONN.
s.bind(("127.0.0.1", 0))
s.listen()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
s.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), u.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL))
u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 7)
print(u.getsockopt(socket.IPPROTO_IP, socket.IP_TTL))
u.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 3)
print(u.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL))
u.close()

s6 = socket.socket(socket.AF_INET6)
s6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
print(s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
s6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
print(s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
s6.close()
