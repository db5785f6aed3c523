# Argument checking of socket methods: CPython's exception types and texts.
import socket

s = socket.socket()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("recv(-1)", lambda: s.recv(-1))
show("recv('x')", lambda: s.recv("x"))
show("recv(1.5)", lambda: s.recv(1.5))
show("recv()", lambda: s.recv())
show("recvfrom(-1)", lambda: s.recvfrom(-1))
show("recv_into(bytes)", lambda: s.recv_into(b"xx"))
show("recv_into(n>len)", lambda: s.recv_into(bytearray(2), 5))
show("recv_into(-1)", lambda: s.recv_into(bytearray(2), -1))
show("recvfrom_into(n>len)", lambda: u.recvfrom_into(bytearray(2), 5))
show("send(str)", lambda: s.send("str"))
show("send(int)", lambda: s.send(5))
show("sendall(str)", lambda: s.sendall("str"))
show("sendto()", lambda: u.sendto(b"x"))
show("sendto(str)", lambda: u.sendto("x", ("127.0.0.1", 9)))
show("sendto(4 args)", lambda: u.sendto(b"x", 0, ("127.0.0.1", 9), 1))
show("listen('x')", lambda: s.listen("x"))
show("shutdown(5)", lambda: s.shutdown(5))
show("shutdown('x')", lambda: s.shutdown("x"))
show("setsockopt(str)", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"))
show("setsockopt(None)", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None))
show("setsockopt(1, 4)", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1, 4))
show("setsockopt(bad opt)", lambda: s.setsockopt(socket.SOL_SOCKET, 9999, 1))
show("getsockopt(bad opt)", lambda: s.getsockopt(socket.SOL_SOCKET, 9999))
show("getsockopt(buflen 2000)", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000))
show("getsockopt(buflen -1)", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, -1))
show("makefile('x')", lambda: s.makefile("x"))
show("makefile('r', 0)", lambda: s.makefile("r", 0))
show("socket(2, 99)", lambda: socket.socket(socket.AF_INET, 99))
show("socket(99)", lambda: socket.socket(99))
show("socket(2, 1, 99)", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, 99))
show("socket(fileno=-5)", lambda: socket.socket(fileno=-5))
show("socket('x')", lambda: socket.socket("x"))
show("getpeername", lambda: s.getpeername())
show("send unconnected", lambda: s.send(b"x"))
show("recv unconnected", lambda: s.recv(1))
show("accept unlistened", lambda: s.accept())
show("sendto unconnected tcp", lambda: s.sendto(b"x", ("127.0.0.1", 9)))
show("recv_into(str)", lambda: s.recv_into("abc"))
s.close()
u.close()
