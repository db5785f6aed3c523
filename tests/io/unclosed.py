# Files left open: their buffered output reaches the file before the
# file is opened again and at exit (CPython closes them when they are
# dropped).
import os
import _tmpdir

D = _tmpdir.make("unclosed")
p = D + "/u.txt"
open(p, "w").write("written without close\n")
print(open(p).read(), end="")
open(p, "a").write("appended\n")
print(open(p).readlines())
open(p, "wb").write(b"binary")
print(os.path.getsize(p), open(p, "rb").read())
f = open(p, "w")
f.write("kept open")
f = None
print(open(p).read())
for i in range(200):
    open(D + "/many%d" % (i % 5), "w").write("x" * i)
print(sorted(os.path.getsize(D + "/many%d" % i) for i in range(5)))
_tmpdir.rmtree(D)
