# Directories: mkdir, makedirs, listdir, rmdir, removedirs, chdir, getcwd.
import os
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("dirs")
print(os.mkdir(D + "/a"), sorted(os.listdir(D)))
try:
    os.mkdir(D + "/a")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == D + "/a")
os.makedirs(D + "/a/b/c/d")
os.makedirs(D + "/a/b/c/d", exist_ok=True)
try:
    os.makedirs(D + "/a/b")
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.makedirs(D + "/x/y/", 0o755)
print(sorted(os.listdir(D)), os.listdir(D + "/a"), os.listdir(D + "/a/b/c/d"))
print(sorted(os.listdir(D.encode())), type(os.listdir(D.encode())[0]).__name__)
with open(D + "/f", "w") as f:
    f.write("x")
try:
    os.makedirs(D + "/f", exist_ok=True)
except FileExistsError as e:
    print("FileExistsError", e.errno)
for bad in [D + "/nope", D + "/f"]:
    try:
        os.listdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == bad)
try:
    os.rmdir(D + "/a")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.rmdir(D + "/f")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.mkdir(D + "/nope/deeper")
except OSError as e:
    print(type(e).__name__, e.errno)
os.removedirs(D + "/a/b/c/d")
print(sorted(os.listdir(D)))
os.mkdir(D + "/keep")
os.makedirs(D + "/keep/sub/leaf")
os.removedirs(D + "/keep/sub/leaf")
print(sorted(os.listdir(D)))
show(lambda: os.listdir(1.5))
show(lambda: os.mkdir())

cwd = os.getcwd()
os.chdir(D)
print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir(None)), os.getcwd() == os.path.join(cwd, D))
os.chdir("..")
print(os.getcwd() == cwd, type(os.getcwdb()).__name__)
try:
    os.chdir(D + "/f")
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno)
os.rmdir(D + "/x/y")
os.rmdir(D + "/x")
_tmpdir.rmtree(D)
print(os.path.exists(D))
