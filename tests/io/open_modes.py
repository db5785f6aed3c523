# open() modes and argument checking.
import os
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("open_modes")
p = D + "/m.txt"
with open(p, "w") as f:
    f.write("abc")

for mode in ["rw", "r+w", "rr", "q", "", "wb+t", "bt", "U", "rU", "wa", "b", "t", "+", "r++", "ax", "xb+t"]:
    print(repr(mode), end=" ")
    show(lambda: open(p, mode))
for mode in ["r", "rt", "tr", "rb", "br", "r+", "r+b", "rb+", "w", "wb", "w+", "w+b", "a", "ab", "a+", "ab+"]:
    with open(p, mode) as f:
        print(repr(mode), type(f).__name__, f.mode, f.readable(), f.writable())
    with open(p, "w") as f:
        f.write("abc")

q = D + "/new.txt"
with open(q, "x") as f:
    print(f.mode, f.write("new"))
for mode in ["x", "xb"]:
    try:
        open(q, mode)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == q)
with open(q, "xt" if False else "r") as f:
    print(f.read())
os.remove(q)
with open(q, "x+b") as f:
    print(f.mode, f.write(b"xyz"), f.seek(0), f.read())

show(lambda: open(p, "rb", encoding="utf-8"))
show(lambda: open(p, "rb", errors="strict"))
show(lambda: open(p, "rb", newline=""))
show(lambda: open(p, "r", buffering=0))
show(lambda: open(p, 5))
show(lambda: open(1.5))
show(lambda: open(None))
show(lambda: open(p, "r", "x"))
show(lambda: open(p, encoding=1))
show(lambda: open(p, nope=1))
show(lambda: open())
show(lambda: open(p + "\0x"))

with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), f.mode)
with open(p, "w", buffering=1) as f:
    print(f.line_buffering, f.write("line\n"))
    with open(p) as g:
        print(repr(g.read()))
with open(p, "wb", buffering=4) as f:
    print(f.write(b"12"), f.write(b"345"), f.write(b"6789"), f.tell())
with open(p, "rb") as g:
    print(g.read())

# open() of a descriptor, and closefd
fd = os.open(p, os.O_RDONLY)
f = open(fd)
print(f.name == fd, f.read(), f.fileno() == fd)
f.close()
show(lambda: os.read(fd, 1))
fd = os.open(p, os.O_RDONLY)
with open(fd, "rb", closefd=False) as f:
    print(f.read(2))
print(os.read(fd, 10))
os.close(fd)
show(lambda: open(p, closefd=False))
show(lambda: open(-1))

# opener
def opener(path, flags):
    print("opener", path == p, flags & os.O_ACCMODE == os.O_RDONLY if hasattr(os, "O_ACCMODE") else True)
    return os.open(path, flags)
with open(p, opener=opener) as f:
    print(f.read())

# os.PathLike and bytes paths
class P:
    def __fspath__(self):
        return p
with open(P()) as f:
    print(f.read(), f.name is not None)
with open(p.encode()) as f:
    print(f.read(), f.name == p.encode())

_tmpdir.rmtree(D)
