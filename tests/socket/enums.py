# socket.AddressFamily and SocketKind: the AF_*/SOCK_* constants, family
# and type attributes and getaddrinfo results print as CPython's IntEnums
# and still work as ints.
import socket

print(repr(socket.AF_INET), repr(socket.AF_INET6), repr(socket.SOCK_DGRAM))
print(socket.AF_INET, str(socket.SOCK_STREAM), f"{socket.AF_INET6:>4}", socket.AF_INET + 0)
print(socket.AddressFamily.AF_INET is socket.AF_INET, socket.AddressFamily(2), repr(socket.SocketKind(2)))
print(socket.AF_INET.name, socket.AF_INET.value, isinstance(socket.AF_INET, int), socket.AF_INET == 2)
print(type(socket.AF_INET).__name__, repr(socket.AddressFamily))
try:
    socket.AddressFamily(12345)
except ValueError as e:
    print("ValueError", e)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(repr(s.family), repr(s.type), s.proto)
s.close()
s = socket.socket(2, 1)
print(repr(s.family), repr(s.type))
s.close()
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", 53, 0, socket.SOCK_DGRAM))
print(sorted(set(t for f, t, p, c, a in socket.getaddrinfo("127.0.0.1", 80))))
a, b = socket.socketpair()
print(repr(a.family), repr(a.type))
a.close(); b.close()
