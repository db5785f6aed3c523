# Subclasses of socket.socket keep working as sockets.
import socket


class Tagged(socket.socket):
    def __init__(self, tag, *args):
        super().__init__(*args)
        self.tag = tag

    def send_line(self, text):
        return self.sendall(text.encode() + b"\n")


srv = Tagged("server", socket.AF_INET, socket.SOCK_STREAM)
print(srv.tag, isinstance(srv, socket.socket), int(srv.family), int(srv.type))
srv.bind(("127.0.0.1", 0))
srv.listen()
c = Tagged("client")
c.connect(srv.getsockname())
conn, _ = srv.accept()
print(type(conn).__name__)
c.send_line("hi there")
print(conn.recv(100))
with c:
    print(c.tag, c.fileno() >= 0)
print(c.fileno())


class Dgram(socket.socket):
    def __init__(self):
        super().__init__(socket.AF_INET, socket.SOCK_DGRAM)


d = Dgram()
print(int(d.type))
d.bind(("127.0.0.1", 0))
d.sendto(b"self", d.getsockname())
print(d.recvfrom(10)[0])
for s in (d, conn, srv):
    s.close()
