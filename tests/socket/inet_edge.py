# inet_pton/ntop/aton/ntoa edge cases and their errors.
import socket
for addr in ("127.0.0.1", "0.0.0.0", "255.255.255.255", "1.2.3.4"):
    p = socket.inet_pton(socket.AF_INET, addr)
    print(p, socket.inet_ntop(socket.AF_INET, p), socket.inet_aton(addr) == p, socket.inet_ntoa(p))
for addr in ("::1", "::", "fe80::1:2", "2001:db8::ff00:42:8329", "::ffff:1.2.3.4", "1:0:0:1:0:0:0:1"):
    p = socket.inet_pton(socket.AF_INET6, addr)
    print(len(p), socket.inet_ntop(socket.AF_INET6, p))
for bad in ("1.2.3", "256.1.1.1", "abc", ""):
    try:
        socket.inet_pton(socket.AF_INET, bad)
    except OSError as e:
        print("pton error", bad, e)
print(socket.inet_aton("1.2.3"), socket.inet_aton("127.1"))
try:
    socket.inet_aton("x")
except OSError as e:
    print(e)
try:
    socket.inet_ntop(socket.AF_INET, b"123")
except ValueError as e:
    print("ValueError", e)
try:
    socket.inet_ntoa(b"12345")
except OSError as e:
    print("OSError", e)
print(socket.htons(1), socket.ntohl(1), socket.htonl(0x01020304))
