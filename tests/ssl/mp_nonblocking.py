# MicroPython's stream methods on non-blocking TLS sockets: read,
# readinto, readline and write return None when they would block; poll
# reports the SSL socket object itself, and POLLNVAL once it is closed.
import select
import socket
import ssl
import _certs

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(1)
client = socket.socket()
client.connect(listener.getsockname())
conn, addr = listener.accept()
listener.close()

srv = _certs.server_context().wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
cli = _certs.client_context().wrap_socket(client, server_hostname="localhost", do_handshake_on_connect=False)
srv.setblocking(False)
cli.setblocking(False)
poller = select.poll()
poller.register(srv, select.POLLIN)


def wait_for(obj, mask):
    while True:
        for o, ev in poller.poll(2000):
            if o is obj and ev & mask:
                return ev


# Nothing sent yet (the handshake is still running, or done but idle).
print(srv.read(10), srv.readline(), srv.readinto(bytearray(4)))
print(cli.write(b"line one\nline two\n"))


def read_line():
    # POLLIN may come from handshake records before the data: wait again
    line = srv.readline()
    while line is None:
        wait_for(srv, select.POLLIN)
        line = srv.readline()
    return line


print(read_line())
line = srv.readline()
while line is None:
    wait_for(srv, select.POLLIN)
    line = srv.readline()
print(line)
print(srv.read(10))

# Fill the peer until write gives up.
poller.register(cli, select.POLLOUT)
total = 0
chunk = b"x" * 65536
while True:
    n = cli.write(chunk)
    if n is None:
        break
    total += n
print("write returned None after", total > 0)
# Reading on the other side makes room again.
drained = 0
while drained < total:
    buf = bytearray(65536)
    n = srv.readinto(buf)
    if n is None:
        wait_for(srv, select.POLLIN)
        continue
    drained += n
print("drained all:", drained == total)
print("writable again:", wait_for(cli, select.POLLOUT) & select.POLLOUT != 0)

cli.close()
print("closed:", [ev for o, ev in poller.poll(0) if o is cli] == [select.POLLNVAL])
eof = srv.read(10)
while eof is None:
    wait_for(srv, select.POLLIN)
    eof = srv.read(10)
print("eof:", eof)
srv.close()
