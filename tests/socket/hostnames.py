# Host name functions on names that need no DNS.
import socket


def show(f, *args):
    try:
        print(f.__name__, args, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)


show(socket.gethostbyname, "localhost")
show(socket.gethostbyname, "127.0.0.1")
show(socket.gethostbyname, "127.1")
show(socket.gethostbyname, "")
show(socket.gethostbyname, "::1")
show(socket.gethostbyname, b"localhost")
show(socket.gethostbyname, 1)
show(socket.gethostbyname_ex, "127.0.0.1")
show(socket.gethostbyname_ex, "localhost")
show(socket.gethostbyaddr, "127.0.0.1")
show(socket.getnameinfo, ("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
show(socket.getnameinfo, ("127.0.0.1", 80), socket.NI_NUMERICHOST)
show(socket.getnameinfo, ("127.0.0.1", 53), socket.NI_NUMERICHOST | socket.NI_DGRAM)
show(socket.getnameinfo, ("127.0.0.1", 54321), socket.NI_NUMERICHOST)
show(socket.getnameinfo, ("::1", 22, 0, 0), socket.NI_NUMERICHOST)
show(socket.getnameinfo, ("127.0.0.1", 80), 0)
show(socket.getnameinfo, ("127.0.0.1", 70000), 0)

h = socket.gethostname()
print(type(h).__name__, len(h) > 0)
print(type(socket.getfqdn()).__name__)
