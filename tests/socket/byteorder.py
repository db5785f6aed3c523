# htons/ntohs/htonl/ntohl (little-endian host) and their argument errors.
import socket

for fn in (socket.htons, socket.ntohs):
    for v in (0, 1, 0x1234, 0xFFFF, 0x00FF, True):
        print(fn.__name__, v, fn(v))
    for v in (-1, 0x10000, 2 ** 31, 2 ** 64, 1.0, "1", None):
        try:
            print(fn.__name__, repr(v), fn(v))
        except Exception as e:
            print(fn.__name__, repr(v), type(e).__name__, e)

for fn in (socket.htonl, socket.ntohl):
    for v in (0, 1, 0x12345678, 0xFFFFFFFF, 0x7F000001, True):
        print(fn.__name__, v, fn(v))
    for v in (-1, 2 ** 32, 2 ** 64, 1.0, "1", None):
        try:
            print(fn.__name__, repr(v), fn(v))
        except Exception as e:
            print(fn.__name__, repr(v), type(e).__name__, e)

print(socket.ntohs(socket.htons(8080)), socket.ntohl(socket.htonl(3232235777)))
