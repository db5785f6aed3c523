# scandir, walk, and DirEntry.
import os
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("walk")
for d in ["a", "a/b", "a/b/c", "d", "e"]:
    os.mkdir(D + "/" + d)
for f in ["top.txt", "a/one", "a/b/two", "a/b/c/three", "d/four"]:
    with open(D + "/" + f, "w") as fh:
        fh.write(f)
os.symlink("a", D + "/link_a")

with os.scandir(D) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == D + "/" + e.name, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), os.fspath(e) == e.path, e.inode() == os.lstat(e.path).st_ino)
print([e.stat().st_size for e in entries if e.is_file()], entries[0].stat(follow_symlinks=False).st_size > 0)
print(sorted(e.name for e in os.scandir(D.encode())))
cwd = os.getcwd()
os.chdir(D)
print(sorted(e.path for e in os.scandir()))
os.chdir(cwd)
show(lambda: os.scandir("_no_such_dir_"))
show(lambda: entries[0].is_dir(True))

def norm(rows):
    return [(top.replace(D, "D"), sorted(dirs), sorted(files)) for top, dirs, files in rows]

rows = []
for top, dirs, files in os.walk(D):
    dirs.sort()
    rows.append((top, list(dirs), files))
for r in norm(rows):
    print(r)
print(sorted(norm(os.walk(D, topdown=False))))
print(len(list(os.walk(D, followlinks=True))))
for top, dirs, files in os.walk(D):
    if "a" in dirs:
        dirs.remove("a")
    print(top.replace(D, "D"), sorted(dirs))
print(list(os.walk(D + "/nope")))
errs = []
print(list(os.walk(D + "/nope", onerror=errs.append)), [type(e).__name__ for e in errs])
print(sorted(t.replace(D.encode(), b"D") for t, _, _ in os.walk(D.encode())))
_tmpdir.rmtree(D)
