# SSLSocket over blocking sockets: a server thread and a client, TLS 1.3
# and 1.2, the connection's properties, ALPN, recv/send/sendall/read/write.
import _thread
import socket
import ssl
import time
import _certs


def serve(listener, ctx, rounds, log):
    for i in range(rounds):
        conn, addr = listener.accept()
        try:
            s = ctx.wrap_socket(conn, server_side=True)
            log.append(("server", s.version(), s.selected_alpn_protocol()))
            while True:
                data = s.recv(1024)
                if not data:
                    break
                s.sendall(data.upper())
            s.close()
        except OSError as e:
            log.append(("server error", type(e).__name__))
            conn.close()
    log.append("done")


def connect(port, ctx):
    s = socket.socket()
    s.connect(("127.0.0.1", port))
    return ctx.wrap_socket(s, server_hostname="localhost")


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(5)
port = listener.getsockname()[1]
sctx = _certs.server_context()
sctx.set_alpn_protocols(["h2", "http/1.1"])
log = []
_thread.start_new_thread(serve, (listener, sctx, 3, log))

# TLS 1.3 with ALPN.
ctx = _certs.client_context()
ctx.set_alpn_protocols(["http/1.1"])
s = connect(port, ctx)
print(s.version(), s.cipher()[1], type(s.cipher()[0]), s.selected_alpn_protocol())
print(s.server_side, s.server_hostname, s.context is ctx)
cert = s.getpeercert()
print(cert["subject"], cert["issuer"])
print(sorted(cert["subjectAltName"]), cert["version"])
print(type(cert["notBefore"]), cert["notAfter"].endswith(" GMT"), type(cert["serialNumber"]))
print(s.getpeercert(True) == _certs.read("server.der"))
print(s.send(b"hello "), s.write(b"world"))
got = b""
while len(got) < 11:
    got += s.recv(1024)
print(got)
s.sendall(b"x" * 100000)
got = b""
while len(got) < 100000:
    got += s.read(100000 - len(got))
print(len(got), got == b"X" * 100000)
s.close()

# TLS 1.2, no ALPN offered.
ctx = _certs.client_context()
ctx.maximum_version = ssl.TLSVersion.TLSv1_2
s = connect(port, ctx)
print(s.version(), s.cipher()[1], s.selected_alpn_protocol())
s.sendall(b"tls 1.2")
print(s.recv(100))
s.close()

# The server refuses TLS 1.2 when it requires 1.3.
sctx.minimum_version = ssl.TLSVersion.TLSv1_3
try:
    connect(port, ctx)
except ssl.SSLError as e:
    print("version mismatch:", type(e).__name__)
while "done" not in log:
    time.sleep(0.01)
for entry in log:
    print(entry)
listener.close()
