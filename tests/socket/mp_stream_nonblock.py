# MicroPython's stream methods on non-blocking sockets return None when
# nothing can be done without blocking and partial results otherwise;
# recv/send/accept raise OSError(EAGAIN) instead.
import socket
import select


def wait_readable(s):
    select.select([s], [], [], 5)


a, b = socket.socketpair()
b.setblocking(False)
print(b.read(), b.read(5), b.readline(), b.readinto(bytearray(4)))
try:
    b.recv(1)
except OSError as e:
    print("recv", e.errno)

a.write(b"abc")
wait_readable(b)
print(b.read(5))
a.write(b"line1\nli")
wait_readable(b)
print(b.readline())
print(b.readline())
print(b.readline())
a.write(b"12345678")
wait_readable(b)
buf = bytearray(4)
print(b.readinto(buf), buf)
print(b.read())
print(b.read())

# Writing until the buffer is full: a count, then None.
a.setblocking(False)
total = 0
while True:
    n = a.write(b"x" * 65536)
    if n is None:
        break
    total += n
print("filled", total > 0)
print(a.write(b"y"))
try:
    a.send(b"y")
except OSError as e:
    print("send", e.errno)

# At EOF a non-blocking read gives b'' (not None).
c, d = socket.socketpair()
d.setblocking(False)
c.close()
print(d.read(), d.read(3), d.readline(), d.readinto(bytearray(2)))

# accept on a non-blocking listener raises EAGAIN.
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
s.setblocking(False)
try:
    s.accept()
except OSError as e:
    print("accept", e.errno)
for x in (a, b, d, s):
    x.close()
