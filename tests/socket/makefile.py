# socket.makefile: text and binary file objects over a connected socket.
import socket

a, b = socket.socketpair()
w = a.makefile("w")
print(w.writable(), w.readable(), w.mode)
print(w.write("héllo\n"), w.write("second line\nthird"))
w.flush()
w.close()
print(w.closed)

r = b.makefile("r")
print(r.readable(), r.writable(), r.mode)
print(repr(r.readline()))
print(repr(r.read(3)))
a.sendall(b" line\n")
a.sendall(b"more\nlast")
a.shutdown(socket.SHUT_WR)
print(repr(r.readline()))
print(repr(r.readline()), repr(r.readline()))
print(repr(r.readline()), repr(r.read()))
r.close()

# Binary mode.
a2, b2 = socket.socketpair()
wb = a2.makefile("wb")
wb.write(b"\x00\x01\x02line\n")
wb.write(bytearray(b"rest"))
wb.flush()
rb = b2.makefile("rb")
print(rb.readline())
print(rb.read(2))
a2.close()
print(a2.fileno() == -1)
wb.close()
print(rb.read())
print(rb.read())
rb.close()

# Iteration and readlines.
a3, b3 = socket.socketpair()
a3.sendall(b"l1\nl2\nl3\n")
a3.close()
f = b3.makefile("rb")
print(list(f))
f.close()
a4, b4 = socket.socketpair()
a4.sendall(b"x\ny\n")
a4.close()
f = b4.makefile()
print(f.readlines())
f.close()

# Read/write mode and errors.
c, d = socket.socketpair()
rw = c.makefile("rw")
print(rw.readable(), rw.writable())
rw.write("ping\n")
rw.flush()
print(d.recv(10))
d.sendall(b"pong\n")
print(repr(rw.readline()))
try:
    rw.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
rw.close()
wo = c.makefile("wb")
try:
    wo.read()
except OSError as e:
    print(type(e).__name__, isinstance(e, ValueError))
wo.close()
try:
    wo.write(b"x")
except ValueError as e:
    print("ValueError", e)

# The socket stays usable until both it and its files are closed.
f = c.makefile("rb")
c.close()
print(c.fileno() == -1)
d.sendall(b"after close\n")
print(f.readline())
f.close()
d.close()
for s in (a, b, b2, b3, b4, a2):
    s.close()
