# Non-blocking sockets: accept/recv/send raise BlockingIOError (EAGAIN),
# connect raises EINPROGRESS; the errors carry errno and CPython's text.
import socket
import select
import errno

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("accept:", e.errno == errno.EAGAIN, e.errno == errno.EWOULDBLOCK, e.strerror)
    print(repr(e))
    print(e.args)

c = socket.socket()
c.setblocking(False)
try:
    c.connect(srv.getsockname())
except BlockingIOError as e:
    print("connect:", e.errno == errno.EINPROGRESS, e)
select.select([srv], [], [], 5)
conn, _ = srv.accept()
print("accepted socket blocking:", conn.getblocking())
conn.setblocking(False)
select.select([], [c], [], 5)

for f in (lambda: conn.recv(10), lambda: conn.recvfrom(10), lambda: conn.recv_into(bytearray(4))):
    try:
        f()
    except BlockingIOError as e:
        print(type(e).__name__, e)

# Fill the send buffer until EAGAIN.
total = 0
try:
    while True:
        total += conn.send(b"z" * 65536)
except BlockingIOError as e:
    print("send:", e, total > 0)
try:
    conn.sendall(b"more")
except BlockingIOError as e:
    print("sendall:", e)

# Draining the peer makes it writable again.
c.setblocking(True)
got = 0
while got < total:
    got += len(c.recv(1 << 20))
print("drained", got == total)
r, w, x = select.select([], [conn], [], 5)
print("writable again:", w == [conn])

# Connecting a connected socket.
try:
    c2 = socket.socket()
    c2.connect(srv.getsockname())
    c2.connect(srv.getsockname())
except OSError as e:
    print("reconnect:", type(e).__name__, e)
c2.close()
for s in (conn, c, srv):
    s.close()
