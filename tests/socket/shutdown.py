# shutdown(SHUT_RD/SHUT_WR/SHUT_RDWR) on connected TCP sockets.
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()

c.sendall(b"before")
c.shutdown(socket.SHUT_WR)
print(conn.recv(100), conn.recv(100))
try:
    c.send(b"after")
except BrokenPipeError as e:
    print(type(e).__name__, e)
conn.sendall(b"still open")
print(c.recv(100))
conn.shutdown(socket.SHUT_RDWR)
print(c.recv(100))
try:
    conn.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    conn.shutdown(socket.SHUT_RDWR)
    print("second shutdown ok")
except OSError as e:
    print(type(e).__name__, e)
for s in (c, conn):
    s.close()

# SHUT_RD makes further reads see EOF.
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
c.shutdown(socket.SHUT_RD)
print(c.recv(10))
for s in (c, conn, srv):
    s.close()

try:
    srv.shutdown(socket.SHUT_RDWR)
except OSError as e:
    print(type(e).__name__, e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.shutdown(socket.SHUT_RDWR)
except OSError as e:
    print(type(e).__name__, e)
u.close()
