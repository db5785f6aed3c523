# User streams built on io.IOBase / RawIOBase / BufferedIOBase / TextIOBase,
# and the wrappers over them.
import io
from _tmpdir import show


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


s = Source(b"line one\nline two\nend")
print(s.read(4), s.read(), s.read(), s.closed, s.readable(), s.writable(), s.seekable())
s = Source(b"abc\ndef\n")
print(s.readline(), s.readall())
s = Source(b"x\ny\n")
print(list(s), isinstance(s, io.IOBase), isinstance(s, io.RawIOBase))
s.close()
print(s.closed)
show(lambda: s.readline())
show(lambda: iter(s))
show(lambda: s.fileno())
show(lambda: s.seek(0))
show(lambda: s.tell())
show(lambda: s.truncate())

br = io.BufferedReader(Source(b"hello\nbuffered\nworld"))
print(br.read(2), br.readline(), br.peek(1)[:1], br.read())
tw = io.TextIOWrapper(io.BufferedReader(Source("héllo\r\nwörld".encode())))
print(repr(tw.read()), tw.encoding)
tw = io.TextIOWrapper(io.BufferedReader(Source(b"a\nb\nc")), newline="")
print(tw.readlines())


class Sink(io.IOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(b)
        return len(b)
    def flush(self):
        self.parts.append("<flush>")


k = Sink()
k.writelines(["a", "b"])
with k:
    k.write("c")
print(k.parts, k.closed)
show(lambda: k.writelines(["d"]))
show(lambda: k.flush())
k.close()

out = Sink()
tw = io.TextIOWrapper(out, encoding="latin-1", line_buffering=True)
print(tw.write("ab\n"), tw.write("é"), tw.line_buffering)
tw.flush()
print([p for p in out.parts if p != "<flush>"])


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = lines
    def readline(self):
        return self.lines.pop(0) if self.lines else ""


print(list(Lines(["1\n", "2\n"])), Lines([]).encoding)
show(lambda: Lines([]).read())
show(lambda: Lines([]).write("x"))
show(lambda: io.BufferedIOBase().read())
show(lambda: io.BufferedIOBase().write(b""))
show(lambda: io.TextIOBase().detach())


class B(io.BufferedIOBase):
    def read(self, n=-1):
        return b"xyz"[:n]


b = bytearray(2)
print(B().readinto(b), b)
print(io.IOBase().readable(), io.IOBase().isatty(), io.IOBase().closed)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.StringIO, io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase),
      issubclass(io.BufferedRandom, io.BufferedIOBase), issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
