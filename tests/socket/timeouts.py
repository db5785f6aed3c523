# settimeout/gettimeout/setblocking/getblocking, timeouts on recv, accept
# and send, and the default timeout.
import socket
import time

s = socket.socket()
print(s.gettimeout(), s.getblocking(), s.timeout)
s.settimeout(1.5)
print(s.gettimeout(), s.getblocking(), s.timeout)
s.settimeout(0)
print(s.gettimeout(), s.getblocking())
s.settimeout(None)
print(s.gettimeout(), s.getblocking())
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
s.settimeout(2)
print(s.gettimeout(), type(s.gettimeout()).__name__)
s.settimeout(True)
print(s.gettimeout())
s.setblocking(0)
print(s.gettimeout())
s.setblocking(1)
print(s.gettimeout())
for bad in (-1, -0.5, "x", float("nan"), [1]):
    try:
        s.settimeout(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    s.setblocking("x")
except Exception as e:
    print(type(e).__name__, e)
print(s.gettimeout())

# A timeout raises socket.timeout (TimeoutError) after about that long.
s.bind(("127.0.0.1", 0))
s.listen()
s.settimeout(0.1)
t0 = time.time()
try:
    s.accept()
except socket.timeout as e:
    dt = time.time() - t0
    print("accept:", type(e).__name__, e, e.args, e.errno, 0.08 < dt < 2)
print(isinstance(socket.timeout(), OSError), socket.timeout is TimeoutError)

a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except TimeoutError as e:
    print("recv:", e)
b.send(b"data")
print(a.recv(10))

# A full send buffer times out too.
a.settimeout(0.05)
try:
    while True:
        a.send(b"x" * 65536)
except TimeoutError as e:
    print("send:", e)
try:
    a.sendall(b"y" * 1000000)
except TimeoutError as e:
    print("sendall:", e)
a.close()
b.close()

# The default timeout applies to new sockets (not to existing ones).
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
c = socket.socket()
print(c.gettimeout(), s.gettimeout(), socket.getdefaulttimeout())
a, b = socket.socketpair()
print(a.gettimeout(), b.gettimeout())
socket.setdefaulttimeout(0)
d = socket.socket()
print(d.gettimeout(), d.getblocking())
socket.setdefaulttimeout(None)
e = socket.socket()
print(e.gettimeout())
for bad in (-1, "x"):
    try:
        socket.setdefaulttimeout(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
for x in (a, b, c, d, e, s):
    x.close()
