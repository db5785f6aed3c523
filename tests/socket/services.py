# Service names: getservbyname/getservbyport and getaddrinfo's port.
import socket


def show(f, *args):
    try:
        print(f.__name__, args, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)


for args in [("http",), ("http", "tcp"), ("http", "udp"), ("domain", "udp"), ("ssh",), ("www",),
             ("nosuchservice",), ("https", "tcp"), ("smtp",), (80,)]:
    show(socket.getservbyname, *args)
for args in [(80,), (80, "tcp"), (80, "udp"), (53, "udp"), (22,), (443,), (70000,), (-1,), (1, "nope"), ("80",)]:
    show(socket.getservbyport, *args)

for port in ("http", "https", "ssh", "domain", "www", "smtp"):
    res = socket.getaddrinfo("127.0.0.1", port)
    print(port, [(int(t), p, a[1]) for f, t, p, c, a in res])
for port, typ in (("http", socket.SOCK_STREAM), ("domain", socket.SOCK_DGRAM), ("ssh", socket.SOCK_DGRAM)):
    try:
        res = socket.getaddrinfo("127.0.0.1", port, 0, typ)
        print(port, [(int(t), p, a[1]) for f, t, p, c, a in res])
    except socket.gaierror as e:
        print(port, e)
