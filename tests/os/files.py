# Files: remove, unlink, rename, replace, stat sizes, access, chmod, truncate, links.
import os
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("files")
a, b = D + "/a.txt", D + "/b.txt"
with open(a, "w") as f:
    f.write("12345")
os.rename(a, b)
print(os.path.exists(a), os.path.exists(b), os.path.getsize(b))
try:
    os.rename(a, b)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == a, e.filename2 == b)
    print(str(e).replace(D, "D"))
with open(a, "w") as f:
    f.write("other")
os.replace(a, b)
with open(b) as f:
    print(f.read(), os.path.exists(a))
os.remove(b)
print(os.path.exists(b))
for fn in [os.remove, os.unlink]:
    try:
        fn(b)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, str(e).replace(D, "D"))
try:
    os.remove(D)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
with open(a, "w") as f:
    f.write("data")
os.unlink(a)
print(os.listdir(D))

with open(a, "w") as f:
    f.write("0123456789")
os.truncate(a, 4)
print(os.path.getsize(a))
print(os.access(a, os.F_OK), os.access(a, os.R_OK), os.access(D + "/nope", os.F_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)
os.chmod(a, 0o640)
print(oct(os.stat(a).st_mode & 0o777))
os.chmod(a, 0o755)
print(oct(os.stat(a).st_mode & 0o777), os.access(a, os.X_OK))
os.utime(a, (1000000000, 1500000000.5))
st = os.stat(a)
print(st.st_atime, st.st_mtime, st[8], st.st_mtime_ns)
os.utime(a, ns=(5 * 10**9, 6 * 10**9 + 7))
print(os.stat(a).st_mtime_ns, os.path.getmtime(a))
os.utime(a)
os.symlink("a.txt", D + "/link")
print(os.readlink(D + "/link"), os.path.islink(D + "/link"), os.path.islink(a), os.path.exists(D + "/link"))
print(os.stat(D + "/link").st_size, os.lstat(D + "/link").st_size, os.path.realpath(D + "/link") == os.path.realpath(a))
os.link(a, D + "/hard")
print(os.stat(a).st_nlink, os.path.samefile(a, D + "/hard"), os.path.samefile(a, D))
os.symlink("nowhere", D + "/dangling")
print(os.path.exists(D + "/dangling"), os.path.lexists(D + "/dangling"), os.path.islink(D + "/dangling"))
try:
    os.symlink("x", D + "/link")
except FileExistsError as e:
    print("FileExistsError", e.errno, str(e).replace(D, "D"))
show(lambda: os.remove())
_tmpdir.rmtree(D)
