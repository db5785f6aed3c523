# tell/seek/truncate on text files, and the + modes.
import io
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("text_seek")
p = D + "/s.txt"
with open(p, "w") as f:
    print(f.tell())
    f.write("héllo\nworld\n")
    print(f.tell())
    f.write("end")
    print(f.tell(), f.seek(0, io.SEEK_END), f.seek(0), f.tell())

with open(p) as f:
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(3)), f.tell())
    f.seek(pos)
    print(repr(f.read()), f.tell())
    print(f.seek(0), repr(f.read(2)), f.tell())
    print(f.seek(0, 1), f.seek(0, 2))
    show(lambda: f.seek(1, 1))
    show(lambda: f.seek(-1, 2))
    show(lambda: f.seek(0, 5))
    show(lambda: f.seek(-3))
    show(lambda: f.truncate())

with open(p, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("J")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(), f.tell())

with open(p, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.readlines(), f.tell())
    f.write("ghi")
    f.seek(0)
    print(repr(f.read()))

with open(p, "a+") as f:
    print(f.tell())
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.write("?")
    f.seek(0)
    print(repr(f.read()))

with open(p, "a") as f:
    print(f.tell(), f.write("x"), f.tell())
    show(lambda: f.read())

# a write after reading in r+ lands at the buffer's position
with open(p, "w") as f:
    f.write("hello\nworld\n")
with open(p, "r+") as f:
    print(repr(f.readline()), f.tell())
    f.write("X")
    print(f.tell())
with open(p) as f:
    print(repr(f.read()))

_tmpdir.rmtree(D)
