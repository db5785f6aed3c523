# io.StringIO
import io
from _tmpdir import show

s = io.StringIO()
print(s.write("hello "), s.write("wörld\n"), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), repr(s.readline()), repr(s.read()), s.tell())
s = io.StringIO("a\nbb\nccc")
print(s.tell(), s.readlines(), s.readlines())
s.seek(0)
print(list(s), [l for l in io.StringIO("x\ny\n")])
s = io.StringIO("abcdef")
print(s.seek(10), s.write("Z"), repr(s.getvalue()), s.tell())
print(s.seek(2), s.write("€€"), repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell(), s.truncate(), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.encoding, s.errors, s.newlines, s.line_buffering, s.closed)
show(lambda: s.seek(1, 1))
show(lambda: s.seek(1, 2))
show(lambda: s.seek(-1))
show(lambda: s.seek(0, 3))
show(lambda: s.write(b"x"))
show(lambda: s.truncate(-1))
show(lambda: s.fileno())
show(lambda: s.detach())
show(lambda: s.read("x"))
show(lambda: io.StringIO(b"x"))
show(lambda: io.StringIO("x", newline="q"))
show(lambda: io.StringIO("x", newline=1))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value="iv").read()))

for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\n", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
    t = io.StringIO(newline=nl)
    t.write("x\ny\r\n")
    print(repr(nl), repr(t.getvalue()))

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for name in ["read", "getvalue", "tell", "truncate", "readline", "readlines", "flush", "readable",
             "writable", "seekable", "isatty", "__iter__", "__next__", "__enter__"]:
    print(name, end=" ")
    show(lambda: getattr(c, name)())
show(lambda: c.write("x"))
show(lambda: c.seek(0))
c.close()

s = io.StringIO()
print("printed", 1, 2.5, file=s, end="!")
print(repr(s.getvalue()))
s = io.StringIO()
s.writelines(["a", "b", "c"])
print(s.getvalue(), repr(s.read()), s.tell())
s = io.StringIO("😀é")
print(s.read(1), s.tell(), s.read(), s.tell(), len(s.getvalue()))

class Sub(io.StringIO):
    def __init__(self):
        super().__init__("sub")
    def extra(self):
        return self.getvalue().upper()
x = Sub()
print(x.read(), x.extra(), isinstance(x, io.StringIO), isinstance(x, io.TextIOBase), isinstance(x, io.IOBase))
