# socket methods: timeouts/blocking, socket options, names, shutdown, close, errors after close.
import socket, errno

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(s.family, s.type, s.proto, s.family == socket.AF_INET, s.type == socket.SOCK_STREAM)
print(int(s.family), int(s.type))
print(s.gettimeout(), s.getblocking())
s.settimeout(1.5)
print(s.gettimeout(), s.getblocking())
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
s.settimeout(0)
print(s.gettimeout(), s.getblocking())
s.settimeout(None)
try:
    s.settimeout(-1)
except ValueError as e:
    print("ValueError", e)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(len(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
print(s.fileno() >= 0)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[0])
try:
    s.getpeername()
except OSError as e:
    print("getpeername", e.errno == errno.ENOTCONN)
s.listen()
c = socket.create_connection(s.getsockname())
a, addr = s.accept()
print(addr == c.getsockname(), a.getpeername() == c.getsockname())
print(a.gettimeout(), a.getblocking())
print(c.send(b"abc"), a.recv(10))
c.sendall(b"x" * 100)
got = b""
while len(got) < 100:
    got += a.recv(1000)
print(len(got))
c.shutdown(socket.SHUT_WR)
print(a.recv(10))
a.close()
print(a.fileno())
c.close()
s.close()
s.close()
print(repr(s).startswith("<socket.socket [closed]"))
try:
    s.send(b"x")
except OSError as e:
    print("closed send", e.errno)
print(socket.timeout is TimeoutError, socket.error is OSError, issubclass(socket.gaierror, OSError))
with socket.socket() as w:
    pass
print(w.fileno())
