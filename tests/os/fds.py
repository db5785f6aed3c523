# Raw descriptors: os.open/read/write/lseek/close/dup/pipe.
import os
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("fds")
p = D + "/f"
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 6, os.SEEK_SET))
os.write(fd, b"W")
os.close(fd)
show(lambda: os.close(fd))
show(lambda: os.write(fd, b"x"))
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
fd2 = os.dup(fd)
print(fd2 != fd, os.lseek(fd2, 0, 0), os.read(fd2, 3), os.read(fd, 2))
os.close(fd2)
show(lambda: os.write(fd, b"x"))
show(lambda: os.read(fd, -1))
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"+")
os.close(fd)
with open(p, "rb") as f:
    print(f.read())
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == p)
try:
    os.open(D + "/nope", os.O_RDONLY)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
show(lambda: os.write(1.5, b""))
show(lambda: os.write(1, "str"))
r, w = os.pipe()
print(os.write(w, b"through a pipe"), os.read(r, 7), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
print(os.isatty(r), os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
fd = os.open(p, os.O_RDWR)
with open(fd, "rb+", closefd=False) as f:
    print(f.read(3))
os.ftruncate(fd, 2)
print(os.lseek(fd, 0, 2))
os.close(fd)
r, w = os.pipe()
os.dup2(w, r) if False else None
with open(w, "w") as fw, open(r) as fr:
    fw.write("line via pipe\n")
    fw.flush()
    print(repr(fr.readline()))
_tmpdir.rmtree(D)
