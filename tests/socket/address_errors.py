# Address arguments: formats per family and CPython's errors.
import socket
import time

s4 = socket.socket()
s6 = socket.socket(socket.AF_INET6)
su = socket.socket(socket.AF_UNIX)


def try_bind(s, a):
    try:
        s.bind(a)
        n = s.getsockname()
        print(repr(a), "->", n[0] if isinstance(n, tuple) else n, len(n) if isinstance(n, tuple) else "")
        return True
    except Exception as e:
        print(repr(a), type(e).__name__, e)
        return False


for a in ["x", ("127.0.0.1",), ("127.0.0.1", 0, 0), ("127.0.0.1", 70000), ("127.0.0.1", -1),
          ("127.0.0.1", "80"), (1, 0), (None, 0), ("127.0.0.1", 1.5),
          ("::1", 0), ["127.0.0.1", 0], (b"127.0.0.1", 0), (bytearray(b"127.0.0.1"), 0),
          ("localhost", 0)]:
    if try_bind(s4, a):
        s4.close()
        s4 = socket.socket()
for a in [("", 0), ("<broadcast>", 0)]:
    if try_bind(s4, a):
        s4.close()
        s4 = socket.socket()

for a in ["x", ("::1",), ("::1", 0, 0, 0, 0), ("::1", 0, -1), ("::1", 0, 1 << 20), ("127.0.0.1", 0),
          ("::1", 70000), ("::1", 0), ("::1", 0, 0), ("::1", 0, 0, 0), ("", 0), ("::", 0)]:
    if try_bind(s6, a):
        s6.close()
        s6 = socket.socket(socket.AF_INET6)

for a in [("x", 1), 1, None, "/nonexistent-dir-upy/sock"]:
    if try_bind(su, a):
        su.close()
        su = socket.socket(socket.AF_UNIX)
# Abstract names (leading NUL) come back as bytes.
name = b"\0upy-test-" + str(time.time()).encode()
su.bind(name)
print(su.getsockname() == name, type(su.getsockname()).__name__)
su.close()
su = socket.socket(socket.AF_UNIX)
try:
    su.bind("x" * 200)
except OSError as e:
    print("long path:", type(e).__name__, e)

for a in [("127.0.0.1", 70000), "x", ("::1", 1)]:
    for m in ("connect", "connect_ex"):
        try:
            getattr(s4, m)(a)
        except Exception as e:
            print(m, repr(a), type(e).__name__, e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.sendto(b"x", ("127.0.0.1", 70000))
except Exception as e:
    print("sendto", type(e).__name__, e)
for s in (s4, s6, su, u):
    s.close()
