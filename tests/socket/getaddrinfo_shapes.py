# getaddrinfo result shapes (families, types, protocols, IPv4/IPv6 sockaddrs, passive, str ports).
import socket
r = socket.getaddrinfo("127.0.0.1", 80)
print(sorted(set((int(f), int(t), p) for f, t, p, c, a in r)))
print(r[0][3], r[0][4])
r = socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_STREAM)
print([(int(f), int(t), p, c, a) for f, t, p, c, a in r])
print([tuple(x) for x in r][0][0] == socket.AF_INET)
r = socket.getaddrinfo("::1", 80, socket.AF_INET6, socket.SOCK_DGRAM)
print([(int(f), int(t), p, c, a) for f, t, p, c, a in r])
r = socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
print([(int(f), int(t), p, c, a) for f, t, p, c, a in r])
r = socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)
print(r[0][4])
print(isinstance(r[0][0], int), isinstance(r[0][1], int))
try:
    socket.getaddrinfo("127.0.0.1", "notaport", socket.AF_INET, socket.SOCK_STREAM)
except socket.gaierror as e:
    print("gaierror", e.errno)
