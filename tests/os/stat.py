# os.stat results (fields that are deterministic).
import os
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("stat")
p = D + "/s.bin"
with open(p, "wb") as f:
    f.write(b"x" * 1234)
st = os.stat(p)
print(type(st).__name__, len(st), st.st_size, st[6], st.st_mode & 0o170000 == 0o100000, st[0] == st.st_mode)
print(st.st_nlink, st.st_uid == os.getuid(), st.st_gid == os.getgid(), type(st.st_mtime).__name__, type(st[8]).__name__)
print(int(st.st_mtime) == st[8], st.st_ino == st[1], st.st_dev == st[2], st.st_ino > 0)
print(isinstance(st, tuple), st[-1] == st.st_ctime // 1, st.st_blksize > 0, st.st_blocks >= 0)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, mode == st.st_mode)
d = os.stat(D)
print(d.st_mode & 0o170000 == 0o040000, os.stat(D.encode()).st_size == d.st_size)
fd = os.open(p, os.O_RDONLY)
print(os.fstat(fd).st_size, os.stat(fd).st_size)
os.close(fd)
with open(p) as f:
    print(os.fstat(f.fileno()).st_size)
try:
    os.stat(D + "/nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename == D + "/nope", e.args)
show(lambda: os.stat(1.5))
show(lambda: os.stat(None))
print(hasattr(os.stat(p), "st_nosuch"))
print(os.path.getsize(p), os.path.getmtime(p) == st.st_mtime, os.path.isfile(p), os.path.isdir(p))
show(lambda: os.path.getsize(D + "/nope") if False else os.path.getsize("_no_such_file_"))
print(os.path.exists(D + "/nope"), os.path.exists(1.5) if False else "", os.path.exists("a\0b"), os.path.isdir(""))
_tmpdir.rmtree(D)
