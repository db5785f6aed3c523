# pathlib: OSError messages name the path string; formatting; parts of special paths; os functions on paths
from pathlib import Path, PurePath
import os, tempfile
d = Path(tempfile.mkdtemp())
for fn in [lambda: Path("/nonexistent/x").read_text(), lambda: Path("/nonexistent").iterdir().__next__(),
           lambda: (d / "zz").unlink(), lambda: (d / "zz").rmdir(), lambda: d.mkdir(), lambda: (d / "q").rename(d / "r"),
           lambda: (d / "zz").stat(), lambda: Path("/nonexistent/a/b").mkdir(), lambda: (d/"f").open("r")]:
    try: fn()
    except OSError as e: print(type(e).__name__, str(e).replace(str(d), "D"), e.filename == None)
print(Path("a/b").with_name("c").with_suffix(".x").as_posix())
print(PurePath("/a") / PurePath("b", "c"), Path("~").expanduser() == Path.home())
print(f"{Path('x')!r:>20}|", "%s" % Path("y"), "{}".format(Path("z")))
print(Path("a").parts, Path("/").parts, Path("/").name, Path("/").parent, Path(".").name, Path("..").name)
print(Path("a.tar.gz").suffixes, Path(".config").suffix, Path("x.").suffixes, Path("..a.b").suffixes)
print([str(p) for p in Path("/a/b/c").parents], Path("x").absolute().parent == Path.cwd())
p = d / "sub"; p.mkdir(); (p / "f.txt").write_text("q")
print(sorted(str(x.relative_to(d)) for x in d.rglob("*")), [x.name for x in p.glob("*.txt")])
print(p.exists(), (p / "f.txt").stat().st_size, os.path.getsize(p / "f.txt"))
print(Path(str(d)) == d, d.samefile(str(d)), d.is_relative_to(d.parent), d.relative_to(d.parent) == Path(d.name))
import shutil; shutil.rmtree(d)
f = open(Path("/dev/null")); print(repr(f.name)); f.close()
class P:
    def __fspath__(self): return "/nonexist"
for fn in [lambda: os.stat(P()), lambda: open(P()), lambda: os.listdir(P()), lambda: os.rename(P(), P())]:
    try: fn()
    except OSError as e: print(repr(e.filename), repr(e.filename2))
print(isinstance(Path("x"), os.PathLike), issubclass(PurePath, os.PathLike), isinstance("x", os.PathLike), isinstance(P(), os.PathLike))
from os import PathLike; print(PathLike is os.PathLike, PathLike.__name__, PathLike.__module__)
