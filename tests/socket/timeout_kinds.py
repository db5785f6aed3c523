# socket.timeout is TimeoutError; non-blocking errors; default timeout.
import socket
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout", type(e).__name__, e, isinstance(e, OSError))
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
b.send(b"hi")
print(a.recv(10))
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
s.settimeout(0.01)
try:
    s.accept()
except TimeoutError as e:
    print("accept timeout", e)
s.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.0)
x = socket.socket()
print(x.gettimeout())
x.close()
socket.setdefaulttimeout(None)
a.close(); b.close()
