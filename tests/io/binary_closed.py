# Closed binary files and raw FileIO objects.
import io
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("binary_closed")
p = D + "/c.bin"
with open(p, "wb") as f:
    f.write(b"abc\ndef\n")
print(f.closed, f.raw.closed)
for name in ["read", "read1", "readline", "readlines", "peek", "tell", "flush", "fileno", "isatty",
             "readable", "writable", "seekable", "truncate", "detach", "__next__", "__enter__"]:
    print(name, end=" ")
    show(lambda: getattr(f, name)())
show(lambda: f.write(b"x"))
show(lambda: f.seek(0))
print(repr(f).replace(D, "D"), repr(f.raw))

r = open(p, "rb")
r.close()
r.close()
for name in ["read", "read1", "readline", "peek", "tell", "flush", "readable", "writable", "seekable", "truncate"]:
    print(name, end=" ")
    show(lambda: getattr(r, name)())
show(lambda: r.readinto(bytearray(1)))

# FileIO
raw = io.FileIO(p)
print(repr(raw).replace(D, "D"), raw.mode, raw.closefd, raw.readable(), raw.writable(), raw.seekable())
print(raw.read(2), raw.readall(), raw.read(), raw.read(3), raw.tell())
b = bytearray(3)
raw.seek(1)
print(raw.readinto(b), b)
show(lambda: raw.write(b"x"))
raw.close()
print(raw)
for name in ["read", "readall", "tell", "fileno", "readable", "isatty", "seekable", "flush"]:
    print(name, end=" ")
    show(lambda: getattr(raw, name)())
show(lambda: raw.seek(0))
show(lambda: raw.write(b""))

w = io.FileIO(p, "w")
print(w.mode, w.write(b"12345"), w.seek(10), w.write(b"x"), w.truncate(7), w.tell())
show(lambda: w.read())
show(lambda: w.write("s"))
w.close()
with open(p, "rb") as f:
    print(f.read())
for mode in ["a", "a+", "r+", "w+", "rb", "wb"]:
    with io.FileIO(p, mode) as x:
        print(mode, x.mode, x.readable(), x.writable())
show(lambda: io.FileIO(p, "rt"))
show(lambda: io.FileIO(p, "rw"))
show(lambda: io.FileIO(p, ""))
show(lambda: io.FileIO(-1))
show(lambda: io.FileIO(p, closefd=False))
try:
    io.FileIO(D)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno, e.strerror)
_tmpdir.rmtree(D)
