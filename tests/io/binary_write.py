# Binary writing: write, seek past the end, truncate, BufferedRandom.
import io
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("binary_write")
p = D + "/w.bin"
with open(p, "wb") as f:
    print(type(f).__name__, f.write(b"hello"), f.tell(), f.seek(10), f.write(b"X"), f.tell())
    show(lambda: f.write("str"))
    show(lambda: f.write(5))
    print(f.writelines([b"a", bytearray(b"b")]))
    show(lambda: f.writelines(["s"]))
    show(lambda: f.read())
    show(lambda: f.peek())
    print(f.readable(), f.writable(), f.seekable())
with open(p, "rb") as f:
    print(f.read())

with open(p, "r+b") as f:
    print(type(f).__name__, f.read(2), f.write(b"LL"), f.tell(), f.read(1))
    print(f.seek(0), f.read())
    print(f.truncate(4), f.tell(), f.seek(0), f.read())
    print(f.seek(6), f.write(b"Z"), f.seek(0), f.read())
    print(f.truncate(), f.tell())
    print(f.readable(), f.writable(), f.seekable())
with open(p, "rb") as f:
    print(f.read())

with open(p, "w+b") as f:
    f.write(b"0123456789")
    f.seek(3)
    print(f.read(2), f.tell())
    f.write(b"ab")
    print(f.tell())
    f.seek(-2, 2)
    print(f.read())
    f.seek(0)
    print(f.read())

with open(p, "ab") as f:
    print(f.tell(), f.write(b"++"), f.tell())
    f.seek(0)
    f.write(b"!")
with open(p, "rb") as f:
    print(f.read())
with open(p, "a+b") as f:
    print(f.read(), f.seek(0), f.read(3))

# BufferedWriter over a user raw stream
class Raw(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
raw = Raw()
w = io.BufferedWriter(raw, buffer_size=4)
print(w.write(b"ab"), raw.chunks, w.write(b"cde"), raw.chunks, w.write(b"fghij"), raw.chunks)
w.flush()
print(raw.chunks, w.raw is raw)
w.close()
print(raw.closed, w.closed)
show(lambda: io.BufferedWriter(io.BytesIO(b"x")).write(b"y"))
show(lambda: io.BufferedWriter(Raw(), 0))
class RO(io.RawIOBase):
    def readable(self):
        return True
show(lambda: io.BufferedWriter(RO()))
show(lambda: io.BufferedReader(Raw()))
_tmpdir.rmtree(D)
