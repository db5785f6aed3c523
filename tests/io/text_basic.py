# Text files: write, read, readline, readlines, iteration.
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("text_basic")
p = D + "/a.txt"

with open(p, "w") as f:
    print(f.write("first line\n"), f.write("zwei: ü ö ä\n"), f.write(""), f.write("last"))
    f.writelines(["\n", "x\n", "y"])
    print(f.closed, f.readable(), f.writable(), f.seekable())
print(f.closed)

with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read(3)), repr(f.read(0)), repr(f.read(10)), repr(f.readline()))
    print(repr(f.readline(2)), repr(f.readline(-1)))
    show(lambda: f.readline(None))
    print(repr(f.read()), repr(f.read()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print(f.readlines(12))
    print(f.readlines(0))
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(next(f), list(f))
    show(lambda: next(f))
with open(p, encoding="utf-8") as f:
    print(len(f.read(-1)))
with open(p) as f:
    show(lambda: f.read("x"))
    show(lambda: f.read(1.0))
    show(lambda: f.readline("x"))

# characters, not bytes
with open(p, "w") as f:
    f.write("ααβγ€😀\n")
with open(p) as f:
    print(repr(f.read(1)), repr(f.read(2)), repr(f.read(2)), repr(f.read(1)), repr(f.read()))
with open(p, "rb") as f:
    print(f.read())

# write returns characters and rejects non-str
with open(p, "w") as f:
    print(f.write("ωω"))
    show(lambda: f.write(b"bytes"))
    show(lambda: f.write(None))
    show(lambda: f.write())
    show(lambda: f.writelines([1]))

# big file across buffer boundaries
with open(p, "w") as f:
    for i in range(3000):
        f.write("line %d %s\n" % (i, "é" * (i % 7)))
with open(p) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[1234], lines[-1], end="")
with open(p) as f:
    total = 0
    while True:
        s = f.read(1000)
        if not s:
            break
        total += len(s)
print(total, sum(len(l) for l in lines))

_tmpdir.rmtree(D)
