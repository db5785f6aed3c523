# getaddrinfo failures: gaierror (an OSError with a negative errno) with
# the C library's messages, and CPython's argument type errors.
import socket


def show(*args, **kw):
    try:
        res = socket.getaddrinfo(*args, **kw)
        print("ok", len(res))
    except socket.gaierror as e:
        print("gaierror", e.errno, e.args, isinstance(e, OSError), e.strerror)
        print("   ", e)
    except Exception as e:
        print(type(e).__name__, e)


show("", 80)
show(None, None)
show("::1", 80, socket.AF_INET)
show("127.0.0.1", 80, socket.AF_INET6)
show("127.0.0.1", 80, 99)
show("127.0.0.1", 80, socket.AF_UNIX)
show("127.0.0.1", 80, -1)
show("127.0.0.1", 80, 0, 99)
show("127.0.0.1", 80, 0, -1)
show("127.0.0.1", 80, 0, socket.SOCK_STREAM, socket.IPPROTO_UDP)
show("127.0.0.1", 80, 0, socket.SOCK_DGRAM, socket.IPPROTO_TCP)
show("127.0.0.1", 80, 0, 0, 99)
show("127.0.0.1", 80, 0, socket.SOCK_RAW)
show("127.0.0.1", 0, 0, socket.SOCK_RAW)
show("127.0.0.1", -1)
show("127.0.0.1", "-1")
show("127.0.0.1", "80 ")
show("127.0.0.1", "0x50")
show("127.0.0.1", "nosuchservice")
show("127.0.0.1", "http", flags=socket.AI_NUMERICSERV)
show("localhost", 80, flags=socket.AI_NUMERICHOST)
show("256.1.1.1", 80, flags=socket.AI_NUMERICHOST)
show("1.2.3.4.5", 80, flags=socket.AI_NUMERICHOST)
show("::1::2", 80, flags=socket.AI_NUMERICHOST)
show("127.0.0.1", 80, flags=0x800)
show("127.0.0.1", 80, flags=-1)
show(None, 80, flags=socket.AI_CANONNAME)
show("127.0.0.1", 1.5)
show("127.0.0.1", [80])
show(80, 80)
show(1.5, 80)
show("127.0.0.1", 2 ** 70)
show("127.0.0.1")
show("127.0.0.1", 80, family="x")
show("127.0.0.1", 80, bogus=1)

try:
    socket.getaddrinfo("", 0)
except OSError as e:
    print("caught as OSError:", type(e).__name__, e.errno == socket.EAI_NONAME)
