# Operations on closed text files; with statements; flush.
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("text_closed")
p = D + "/c.txt"
with open(p, "w") as f:
    f.write("data\n")
    print(f.closed)
print(f.closed)
f.close()  # closing twice is fine
print(f.closed, f.name == p, f.mode, f.encoding)

for name in ["read", "readline", "readlines", "tell", "flush", "fileno", "isatty",
             "readable", "writable", "seekable", "truncate", "__iter__", "__next__", "__enter__"]:
    print(name, end=" ")
    show(lambda: getattr(f, name)())
show(lambda: f.write("x"))
show(lambda: f.seek(0))
show(lambda: f.writelines(["x"]))
show(lambda: type(f.buffer).__name__)

try:
    with open(p) as g:
        print(repr(g.read()))
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, g.closed)

g = open(p)
with g as h:
    print(h is g)
show(lambda: g.__enter__())

# flush makes data visible
w = open(p, "w")
w.write("flushed")
w.flush()
with open(p) as r:
    print(repr(r.read()))
w.write(" more")
w.close()
with open(p) as r:
    print(repr(r.read()))

# readable/writable
with open(p) as r:
    print(r.readable(), r.writable(), r.seekable(), r.isatty(), r.fileno() > 2)
    show(lambda: r.write("x"))
    show(lambda: r.writelines(["x"]))
with open(p, "w") as w:
    print(w.readable(), w.writable())
    show(lambda: w.read())
    show(lambda: w.readline())
    show(lambda: list(w))

_tmpdir.rmtree(D)
