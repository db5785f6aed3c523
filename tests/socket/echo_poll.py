# Non-blocking echo between two sockets in one thread, driven by
# select.poll. CPython's poll reports descriptors where MicroPython
# reports the registered objects: results are mapped back to names.
import socket
import select

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(5)
srv.setblocking(False)
cli = socket.socket()
cli.setblocking(False)
try:
    cli.connect(srv.getsockname())
except OSError as e:
    print("connect:", type(e).__name__, e.errno)

names = {}


def name(o):
    if isinstance(o, int):
        return names[o]
    return names[o.fileno()]


def show(p, timeout):
    res = p.poll(timeout)
    print(sorted((name(o), ev) for o, ev in res))
    return res


p = select.poll()
names[srv.fileno()] = "srv"
names[cli.fileno()] = "cli"
p.register(srv, select.POLLIN)
p.register(cli, select.POLLOUT)
ready = {}
while len(ready) < 2:
    for o, ev in p.poll(5000):
        ready[name(o)] = ev
print(sorted(ready.items()))
conn, _ = srv.accept()
conn.setblocking(False)
names[conn.fileno()] = "conn"
p.unregister(srv)
p.register(conn, select.POLLIN)
p.modify(cli, select.POLLIN)
show(p, 0)

total = 0
msg = b"0123456789" * 1000
sent = cli.send(msg)
print("sent all:", sent == len(msg))
got = b""
while len(got) < len(msg):
    res = p.poll(5000)
    for o, ev in res:
        if name(o) == "conn":
            got += conn.recv(4096)
print("received:", len(got), got == msg)
show(p, 0)
conn.send(got[:5])
show(p, 5000)
print(cli.recv(100))
p.unregister(conn)
conn.close()
show(p, 5000)
print(cli.recv(100))
cli.close()
srv.close()
