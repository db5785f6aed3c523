# Newline translation: universal newlines on read, newline= on write.
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("text_newlines")
p = D + "/nl.txt"
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\r\ne\r")

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()), f.newlines)
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
    with open(p, newline=nl) as f:
        print(repr(nl), [f.read(1) for i in range(8)], repr(f.readline()))
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.readline(1)), repr(f.readline(1)), repr(f.readline(2)))

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\r\nz\r")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

show(lambda: open(p, newline="x"))
show(lambda: open(p, newline=1))
show(lambda: open(p, "rb", newline="\n"))

# a \r\n pair split across reads
with open(p, "wb") as f:
    f.write(b"1" * 8191 + b"\r\n" + b"2\r" + b"\n3")
with open(p) as f:
    lines = f.readlines()
print(len(lines), len(lines[0]), lines[1:], f.newlines)
with open(p, newline="") as f:
    lines = f.readlines()
print(len(lines), repr(lines[0][-3:]), lines[1:])

# newlines seen so far
with open(p, "wb") as f:
    f.write(b"a\nb\r\nc\rd")
with open(p) as f:
    seen = []
    for line in f:
        seen.append(f.newlines)
    print(seen)

_tmpdir.rmtree(D)
