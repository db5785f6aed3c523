# io.BytesIO
import io
from _tmpdir import show

b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.tell(), b.getvalue())
print(b.seek(0), b.read(5), b.readline(), b.read(), b.tell())
b = io.BytesIO(b"a\nbb\nccc")
print(b.readlines(), b.readlines())
b.seek(0)
print(list(b), b.read1(), b.seek(1), b.read1(2), b.read1())
b = io.BytesIO(b"hello\nworld")
print(b.seek(-1), b.seek(-1, 1), b.seek(-100, 2)) if False else None
show(lambda: b.seek(-1))
print(b.seek(-1, 1), b.seek(-100, 2), b.seek(20), b.write(b"X"), b.getvalue())
show(lambda: b.seek(0, 3))
show(lambda: b.write("s"))
show(lambda: b.truncate(-1))
print(b.truncate(3), b.tell(), b.truncate(), b.getvalue())
show(lambda: b.fileno())
show(lambda: b.seek(1.0))

print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
b = io.BytesIO(b"abc")
buf = bytearray(2)
print(b.readinto(buf), buf, b.readinto(buf), buf, b.readinto(buf))
show(lambda: b.readinto(b"xx"))
show(lambda: io.BytesIO("x"))
print(io.BytesIO(b"a\nbc\n\nd").readlines(3), io.BytesIO(b"a\nbc").readline(1), io.BytesIO(b"a\n").readline(-5))
print(io.BytesIO(initial_bytes=b"kw").read(), io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).getvalue())
print(bytes(io.BytesIO(b"buf").getbuffer()))
with io.BytesIO(b"ctx") as c:
    print(c.read())
for name in ["read", "getvalue", "write", "seek", "tell", "truncate", "readline", "readlines", "flush",
             "readable", "writable", "seekable", "isatty", "__next__", "__enter__", "read1", "readinto"]:
    print(name, end=" ")
    show(lambda: getattr(c, name)(*([b"x"] if name == "write" else [0] if name == "seek" else
                                    [bytearray(1)] if name == "readinto" else [])))
print(c.closed, iter(c) is c)
b = io.BytesIO()
b.writelines([b"1", b"2"])
print(b.getvalue(), b.read(), b.tell())
big = io.BytesIO()
for i in range(1000):
    big.write(("%d," % i).encode())
print(len(big.getvalue()), big.getvalue()[-8:])
class Sub(io.BytesIO):
    pass
s = Sub(b"sub")
print(s.read(), isinstance(s, io.BufferedIOBase), type(s).__name__)
