# Binary reading: read, read1, readinto, readline, peek, iteration.
import io
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("binary_read")
p = D + "/b.bin"
with open(p, "wb") as f:
    print(f.write(b"line1\nline2\r\n\x00\xff\nlast"))
    print(f.write(bytearray(b"!")))

with open(p, "rb") as f:
    print(type(f).__name__, f.read(3), f.read(0), f.tell())
    print(f.read1(4), f.read1(), f.read1(), f.read(), f.read(5), f.tell())
with open(p, "rb") as f:
    print(f.readline(), f.readline(3), f.readline(-1), f.readline(None))
    print(f.readlines())
with open(p, "rb") as f:
    print(f.readlines(7))
with open(p, "rb") as f:
    print(list(f))
with open(p, "rb") as f:
    b = bytearray(4)
    print(f.readinto(b), b)
    print(f.readinto1(b), b)
    big = bytearray(100)
    print(f.readinto(big), bytes(big[:12]))
    print(f.readinto(big))
    show(lambda: f.readinto(b"immutable"))
    show(lambda: f.read("1"))
with open(p, "rb") as f:
    print(f.peek(3)[:3], f.read(2), f.peek()[:2])
with open(p, "rb") as f:
    print(f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(3), f.seek(0, 0), f.read(1))
    show(lambda: f.seek(0, 7))
    show(lambda: f.seek(1.5))
    show(lambda: f.seek(-100))
    show(lambda: f.write(b"x"))
    show(lambda: f.truncate())
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.raw.mode)

# large reads across the buffer size
data = bytes(range(256)) * 100
with open(p, "wb") as f:
    f.write(data)
with open(p, "rb") as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(c)
    print(len(chunks), b"".join(chunks) == data)
with open(p, "rb") as f:
    print(f.read(20000) == data[:20000], f.tell(), len(f.read()), f.read())
with open(p, "rb", buffering=16) as f:
    print(f.read(5), f.read1(100)[:3], len(f.peek(1)) <= 16, f.readline()[:2])

# BufferedReader over a BytesIO, and over FileIO
r = io.BufferedReader(io.BytesIO(b"abc\ndef"))
print(r.readline(), r.read(), r.read())
r = io.BufferedReader(io.FileIO(p), buffer_size=7)
print(r.read(3), r.raw.name == p)
r.close()
show(lambda: io.BufferedReader(io.BytesIO(), buffer_size=0))
_tmpdir.rmtree(D)
