# Non-blocking TLS sockets driven by select.poll in one thread: deferred
# handshakes with do_handshake(), then recv/send that would block raise
# SSLWantReadError/SSLWantWriteError.
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

server_side = _certs.server_context().wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
client_side = _certs.client_context().wrap_socket(client, server_hostname="localhost", do_handshake_on_connect=False)
server_side.setblocking(False)
client_side.setblocking(False)

poller = select.poll()
poller.register(server_side, select.POLLIN)
poller.register(client_side, select.POLLIN)


def wait(what):
    # Wait for some activity; poll reports the object (MicroPython) or
    # its descriptor (CPython).
    for obj, ev in poller.poll(2000):
        if ev & ~(select.POLLIN | select.POLLOUT):
            print("poll error on", what)


pending = {"server": server_side, "client": client_side}
rounds = 0
while pending:
    for name in list(pending):
        try:
            pending[name].do_handshake()
            del pending[name]
        except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
            pass
    if pending:
        wait("handshake")
        rounds += 1
print("handshakes done", rounds < 100)
print(client_side.version(), server_side.version())

try:
    server_side.recv(100)
except ssl.SSLWantReadError:
    print("nothing to read yet")

msg = b"ping " * 1000
sent = 0
while sent < len(msg):
    try:
        sent += client_side.send(msg[sent:])
    except ssl.SSLWantWriteError:
        wait("send")
got = b""
while len(got) < len(msg):
    try:
        got += server_side.recv(len(msg))
    except ssl.SSLWantReadError:
        wait("recv")
print(len(got), got == msg)

poller.unregister(client_side)
client_side.close()
while True:
    try:
        data = server_side.recv(100)
        break
    except ssl.SSLWantReadError:
        wait("eof")
    except OSError as e:
        data = type(e).__name__
        break
print("after the client closed:", data)
server_side.close()
