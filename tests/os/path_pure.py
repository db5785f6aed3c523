# os.path string functions (posixpath), tricky inputs included.
import os
import os.path
from os import path
from _tmpdir import show

print(os.path is path, path.sep, path.curdir, path.pardir, path.extsep, path.altsep, path.pathsep)
for a in [("a", "b"), ("a", "/b"), ("a/", "b"), ("", "b"), ("a", ""), ("/", "a"), ("a", "b", "/c", "d"),
          ("a//", "b"), ("a", "b/"), ("",), ("", "")]:
    print("join", a, repr(path.join(*a)))
for p in ["/", "", "a", "a/", "/a", "a/b", "a/b/", "//a//b", "///", "a//b//c", "/a/b/"]:
    print(repr(p), path.split(p), repr(path.basename(p)), repr(path.dirname(p)), path.isabs(p))
for p in [".bashrc", "a.b.c", "a/b.c/d", "..", "a.", "...x", "/a/.b", "a/..c", "file.tar.gz", ".a.b", ""]:
    print("splitext", repr(p), path.splitext(p))
for p in ["a//b/../c/.", "", ".", "/..", "//a", "///a", "a/./b", "../a/..", "a/../..", "/a/b/../../..",
          "./", "a/b/c/../../d", "//", "/./"]:
    print("normpath", repr(p), repr(path.normpath(p)))
print(path.commonprefix(["abc", "abd", "ab"]), repr(path.commonprefix([])), path.commonprefix(["x"]),
      path.commonprefix([[1, 2], [1, 3]]), repr(path.commonprefix(["a", "b"])))
print(path.commonpath(["/a/b/c", "/a/b/d", "/a/bb"]), path.commonpath(["a/b", "a/./b/c"]),
      path.commonpath(["/"]), repr(path.commonpath(["a", "b"])))
show(lambda: path.commonpath([]))
show(lambda: path.commonpath(["/a", "b"]))
show(lambda: path.join(1, "a"))
show(lambda: path.join("a", 1))
show(lambda: path.join("a", b"b"))
show(lambda: path.join())
show(lambda: path.split(1))
show(lambda: path.basename(None))
print(path.splitdrive("/a/b"), path.normcase("A/B"))
print(path.relpath("/a/b/c", "/a"), path.relpath("/a", "/a/b/c"), path.relpath("/a/b", "/a/b"),
      path.relpath("/x/y", "/a/b"))
show(lambda: path.relpath(""))
print(path.expanduser("~nosuchuser12345/x"), path.expanduser("no/tilde"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(path.expanduser("~"), path.expanduser("~/x"), path.expanduser("a~"))
os.environ["UPYTEST_V"] = "val"
print(path.expandvars("$UPYTEST_V/${UPYTEST_V}/$UPYTEST_NOPE/${UPYTEST_NOPE}/$/${/$UPYTEST_V."))
if home is not None:
    os.environ["HOME"] = home
print(path.isabs("/x"), path.isabs("x"), path.abspath("/a/../b/./c"), path.abspath("x") == path.join(os.getcwd(), "x"))
