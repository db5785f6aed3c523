# pathlib: pure paths — parsing, parts, name/suffix/stem, parents, joining, with_*, relative_to, match
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for s in ["", ".", "a", "a/b", "/a/b/", "//a/b", "///a/b", "a//b/./c", "../x", "/", "~/f.txt",
          "/a/b/c.tar.gz", ".bashrc", "a/b.", "x.y.z", "..", "a/..", "/usr/lib/python3.11/"]:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          repr(p.parent), repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute(), p.as_posix())
print(repr(PurePath("a", "b")), repr(PurePath()), repr(PurePath("a", "/b", "c")), repr(PurePath("/a", "")))
print(type(PurePath("x")).__name__, type(Path("x")).__name__)
p = PurePosixPath("/a/b/c.tar.gz")
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
try: p.parents[5]
except IndexError as e: print("IndexError", repr(e))
print(list(PurePosixPath("a/b").parents), list(PurePosixPath(".").parents))
print(p / "d", "x" / PurePosixPath("y"), p / "/abs", PurePosixPath("a") / PurePosixPath("b") / "c")
print(p.joinpath("x", "y"), PurePosixPath("a").joinpath(), PurePosixPath("a").joinpath("/r", "s"))
print(p.with_name("d.txt"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("new"),
      PurePosixPath("a/b").with_suffix(".py"), PurePosixPath("a/b.c").with_stem("z"))
for fn, arg in [(p.with_name, ""), (p.with_name, "a/b"), (p.with_name, "/x"), (p.with_suffix, "py"),
                (p.with_suffix, "."), (p.with_suffix, "./x"), (PurePosixPath("/").with_name, "x"),
                (PurePosixPath("").with_suffix, ".x"), (PurePosixPath("a").with_stem, "")]:
    try: print(fn(arg))
    except ValueError as e: print("ValueError:", e)
print(p.relative_to("/a"), p.relative_to("/"), p.relative_to("/a/b/c.tar.gz"), p.relative_to("/a", "b"))
print(PurePosixPath("a/b").relative_to("a"), PurePosixPath("a/b").relative_to(""))
for a, b in [("/a/b", "/x"), ("a", "/a"), ("/a", "a"), ("/a", "")]:
    try: print(PurePosixPath(a).relative_to(b))
    except ValueError as e: print("ValueError:", e)
try: p.relative_to()
except TypeError as e: print("TypeError:", e)
print(p.is_relative_to("/a"), p.is_relative_to("/x"), PurePosixPath("a/b").is_relative_to("a"))
for pat in ["*.gz", "c.*", "b/*.gz", "/a/*/*.gz", "/a/*.gz", "a/b/c.tar.gz", "*", "/*", "**/*.gz", "*.GZ", "[bc]/c*"]:
    print(pat, p.match(pat), PurePosixPath("b/c.tar.gz").match(pat))
try: p.match("")
except ValueError as e: print("ValueError:", e)
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == PosixPath("a"), PurePosixPath("a") == "a",
      PurePosixPath("a/b") != PurePosixPath("a/c"), PurePosixPath("//a") == PurePosixPath("/a"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("/z"), PurePosixPath("a")]))
print(PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("a") <= PurePosixPath("a"), PurePosixPath("b") > PurePosixPath("a/z"))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), len({PurePosixPath("x"), PurePosixPath("x/"), PosixPath("x")}))
for bad in [lambda: PurePosixPath("a") < "b", lambda: PurePosixPath("a") / 1, lambda: 1 / PurePosixPath("a"),
            lambda: PurePosixPath(b"x"), lambda: PurePosixPath(3), lambda: PurePosixPath("a", None)]:
    try: print(bad())
    except TypeError as e: print("TypeError:", e)
print(bytes(PurePosixPath("/a/b")), PurePosixPath("/a b/ü%").as_uri(), PurePosixPath("/x").as_uri())
try: PurePosixPath("rel").as_uri()
except ValueError as e: print("ValueError:", e)
import os
print(os.fspath(PurePosixPath("a/b")), os.path.join(PurePosixPath("a"), "b"), f"{PurePosixPath('q')}", PurePosixPath("x").is_reserved())
class Sub(PurePosixPath): pass
s = Sub("a/b"); print(repr(s), repr(s.parent), repr(s / "c"), type(s.with_name("z")).__name__)
