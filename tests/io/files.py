# open() in text and binary modes, StringIO and BytesIO.
import io

name = "/tmp/upy_io_test.txt"
with open(name, "w") as f:
    print(f.write("line one\n"), f.write("línea dos\n"), f.write("three"))
with open(name) as f:
    print(f.read())
with open(name) as f:
    print(f.readline(), f.readline(), f.readline(), repr(f.readline()))
with open(name) as f:
    print([line.rstrip() for line in f])
with open(name, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
with open(name, "a") as f:
    f.write("\nfour")
with open(name) as f:
    print(f.readlines())
with open(name, "rb") as f:
    print(f.read(4), f.tell(), f.seek(0), f.read(2))
try:
    open(name + ".missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    open(name, "rw")
except ValueError as e:
    print("ValueError", e)
f = open(name)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
s = io.StringIO("abc\ndef\n")
print(s.readline(), s.read(), repr(s.read()))
s = io.StringIO()
s.write("hello ")
print("world", file=s)
print(repr(s.getvalue()))
b = io.BytesIO(b"12345")
print(b.read(2), b.tell(), b.seek(0, 2), b.read(), b.getvalue())
b.write(b"67")
print(b.getvalue())
