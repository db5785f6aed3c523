# Two sockets in one thread: non-blocking connect/accept/echo driven by
# select.select.
import socket
import select

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(5)
srv.setblocking(False)
addr = srv.getsockname()

cli = socket.socket()
cli.setblocking(False)
try:
    cli.connect(addr)
    print("connected at once")
except BlockingIOError as e:
    print("in progress:", e.errno, e)

r, w, x = select.select([srv], [], [], 5)
print("listener readable:", r == [srv], w, x)
conn, peer = srv.accept()
conn.setblocking(False)
print("accepted", peer[0], conn.getblocking(), conn.gettimeout())

r, w, x = select.select([], [cli], [], 5)
print("client writable:", w == [cli])
print("SO_ERROR:", cli.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))

r, w, x = select.select([conn, cli], [], [], 0)
print("nothing readable:", r)
cli.send(b"ping")
r, w, x = select.select([conn, cli], [], [], 5)
print("readable:", [s is conn for s in r])
print(conn.recv(100))
try:
    conn.recv(100)
except BlockingIOError as e:
    print("drained:", type(e).__name__, e.errno, e)
conn.send(b"pong")
r, w, x = select.select([cli], [], [], 5)
r, w, x = select.select([conn, cli], [conn, cli], [conn, cli], 0)
print("readable:", [s is cli for s in r], "writable:", len(w), "exceptional:", x)
print(cli.recv(100))

# EOF makes a socket readable.
conn.close()
r, w, x = select.select([cli], [], [], 5)
print("after peer close:", r == [cli], cli.recv(10))

# Tuples and duplicates are fine; results keep the given order.
r, w, x = select.select((cli, cli), [cli], [], 1)
print(len(r), len(w))
cli.close()
srv.close()
