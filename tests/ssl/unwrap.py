# SSLSocket.unwrap: both sides end TLS (close_notify) and go on in the
# clear on the same connection; pending() counts decrypted bytes. (The
# side that unwraps first speaks first in the clear.)
import socket, ssl, threading
import _certs

ls = socket.socket()
ls.bind(("127.0.0.1", 0))
ls.listen(1)
c = socket.create_connection(ls.getsockname())
s, _ = ls.accept()
ls.close()
out = {}

def server():
    ss = _certs.server_context().wrap_socket(s, server_side=True)
    out["tls"] = ss.recv(100)
    ss.sendall(b"tls reply")
    plain = ss.unwrap()
    plain.sendall(b"plain hello")
    out["plain"] = plain.recv(100)
    plain.close()

t = threading.Thread(target=server)
t.start()
cs = _certs.client_context().wrap_socket(c, server_hostname="localhost")
cs.sendall(b"over tls")
print(cs.recv(4), cs.pending(), cs.recv(100))
p = cs.unwrap()
print(p.recv(100))
p.sendall(b"in the clear")
t.join()
print(out["tls"], out["plain"])
print(p.recv(100))
p.close()
