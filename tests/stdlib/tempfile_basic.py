# tempfile: named and unnamed temporary files, mkstemp/mkdtemp with
# prefixes and suffixes, TemporaryDirectory removing its contents.
import os
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())

with tempfile.NamedTemporaryFile(suffix=".txt", prefix="upy") as f:
    name = f.name
    base = os.path.basename(name)
    print(base.startswith("upy"), base.endswith(".txt"), os.path.exists(name))
    f.write(b"hello\n")
    f.flush()
    f.seek(0)
    print(f.read())
    with open(name, "rb") as g:
        print(g.read())
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile("w+", delete=False)
f.write("kept")
f.close()
print(os.path.exists(f.name), open(f.name).read())
os.remove(f.name)

with tempfile.TemporaryFile() as t:
    t.write(b"anon")
    t.seek(0)
    print(t.read())

fd, path = tempfile.mkstemp(prefix="p_", suffix=".dat")
os.write(fd, b"abc")
os.close(fd)
print(os.path.isabs(path), os.path.basename(path).startswith("p_"), path.endswith(".dat"), os.path.getsize(path))
os.remove(path)

d = tempfile.mkdtemp(prefix="d_")
print(os.path.isdir(d), os.path.basename(d).startswith("d_"))
os.rmdir(d)

with tempfile.TemporaryDirectory() as td:
    os.mkdir(os.path.join(td, "sub"))
    with open(os.path.join(td, "sub", "x.txt"), "w") as h:
        h.write("x")
    print(sorted(os.listdir(td)), os.path.isdir(td))
print(os.path.exists(td))

tdo = tempfile.TemporaryDirectory(suffix="_s")
print(tdo.name.endswith("_s"), repr(tdo).startswith("<TemporaryDirectory "))
tdo.cleanup()
print(os.path.exists(tdo.name))
n = tempfile.mktemp()
print(os.path.exists(n), os.path.dirname(n) == tempfile.gettempdir())
