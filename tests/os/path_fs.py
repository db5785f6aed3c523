# os.path functions that look at the file system.
import os
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("path_fs")
os.makedirs(D + "/a/b")
with open(D + "/a/f.txt", "w") as f:
    f.write("12345")
os.symlink("a", D + "/la")
os.symlink("la/b", D + "/lb")
os.symlink("loop", D + "/loop")
full = os.path.abspath(D)
print(full == os.path.join(os.getcwd(), D), os.path.isabs(full))
print(os.path.realpath(D + "/lb") == os.path.realpath(D + "/a/b"), os.path.realpath(D + "/la/../a") == os.path.realpath(D) + "/a")
print(os.path.realpath(D + "/missing/x") == os.path.realpath(D) + "/missing/x", os.path.realpath(D + "/loop") == os.path.realpath(D) + "/loop")
print(os.path.relpath(D + "/a/b", D), os.path.relpath(D, D + "/a/b"), os.path.relpath(D + "/a/f.txt", D + "/a/b"))
print(os.path.exists(D + "/la/f.txt"), os.path.isfile(D + "/la/f.txt"), os.path.isdir(D + "/lb"), os.path.islink(D + "/lb"))
print(os.path.getsize(D + "/la/f.txt"), os.path.samefile(D + "/la", D + "/a"), os.path.ismount("/"), os.path.ismount(D))
print(os.path.exists(D + "/loop"), os.path.lexists(D + "/loop"), os.path.isdir(D + "/a/f.txt/x"))
for p in [D + "/a", D + "/a/f.txt", D + "/la", D + "/none"]:
    print(p.replace(D, "D"), os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p))
show(lambda: os.path.samefile(D, "_no_such_"))
print(type(os.path.getmtime(D)).__name__, type(os.path.getatime(D)).__name__, type(os.path.getctime(D)).__name__)
_tmpdir.rmtree(D)
