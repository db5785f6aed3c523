# MicroPython's stream methods on blocking sockets: read, readinto,
# readline and write never return short (except at EOF).
import socket

a, b = socket.socketpair()
print(a.write(b"hello\nworld\n"))
print(b.readline())
print(b.read(3))
print(b.readline())
print(a.write("text"))
print(a.write(bytearray(b"xy")))
buf = bytearray(6)
print(b.readinto(buf), buf)
print(a.write(b"0123456789", 4))
print(a.write(b"0123456789", 2, 3))
print(b.read(7))
a.write(b"abcdef")
print(b.readinto(buf, 2), buf)
print(b.read(4))
a.write(b"long line\n")
print(b.readline(4))
print(b.readline())
print(b.read(0))
a.write(b"rest of it")
a.close()
print(b.read())
print(b.read(), b.read(5), b.readline(), b.readinto(buf))
b.close()

# read(n) waits for all n bytes, across several sends.
import _thread
import time

c, d = socket.socketpair()


def writer():
    for part in (b"ab", b"cd", b"ef\n", b"gh"):
        time.sleep(0.02)
        c.write(part)
    c.close()


_thread.start_new_thread(writer, ())
print(d.read(5))
print(d.readline())
print(d.read())
d.close()

# A timeout while nothing arrived raises an OSError (TimeoutError).
e, f = socket.socketpair()
f.settimeout(0.05)
try:
    f.read(1)
except OSError as ex:
    print("timeout", isinstance(ex, OSError))
e.write(b"ab")
print(f.read(2))
e.close()
f.close()
