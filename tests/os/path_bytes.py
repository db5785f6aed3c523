# os.path with bytes and os.PathLike arguments.
import os
from os import path
from _tmpdir import show

print(path.join(b"a", b"b"), path.join(b"a", b"/b"), path.split(b"a/b/"), path.basename(b"/x/y"),
      path.dirname(b"/x/y"), path.splitext(b"a.tar.gz"), path.normpath(b"a//b/../c"), path.normpath(b""),
      path.isabs(b"/a"), path.commonprefix([b"abc", b"abd"]), path.commonpath([b"/a/b", b"/a/c"]))
print(path.exists(b"."), path.isdir(b"."), path.relpath(b"/a/b", b"/a"), path.abspath(b"/x/../y"))
show(lambda: path.join(b"a", "b"))
show(lambda: path.commonpath(["a", b"b"]))
show(lambda: path.relpath(b"/a", "/b"))


class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p


print(path.join(P("a"), P("b")), path.basename(P("x/y")), os.fspath(P(b"z")), os.fspath("s"), os.fspath(b"b"))
show(lambda: os.fspath(1))
show(lambda: os.fspath(P(1)))
print(os.fsencode("aé"), os.fsdecode(b"a\xc3\xa9"), os.fsencode(b"b"), os.fsdecode("s"), ascii(os.fsdecode(b"\xff")))
print(os.fsencode(os.fsdecode(b"\xff")))
