b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(bytes(m[1:4]), m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[2:9:3].tolist())
print(m.obj is b, m.hex(), m[:3].hex(":"))
print(m == b, m[:5] == b"hello", m == memoryview(b), m != b"x")
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"XY"
print(ba, v.readonly)
try:
    v[0] = 256
except ValueError as e:
    print("VE", e)
try:
    m[0] = 1
except TypeError as e:
    print("TE", e)
try:
    v[1:3] = b"XYZ"
except ValueError as e:
    print("VE", e)
try:
    m[100]
except IndexError as e:
    print("IE", e)
print(list(memoryview(b"abc")))
c = memoryview(bytearray(8)).cast("i")
c[0] = -2
c[1] = 70000
print(c.tolist(), c.format, c.itemsize, len(c), c.nbytes)
print(bytes(c.cast("B"))[:8])
f = memoryview(bytearray(16)).cast("d")
f[1] = 2.5
print(f.tolist())
with memoryview(b"xyz") as w:
    print(w[1])
try:
    w[0]
except ValueError as e:
    print("VE", e)
print(bytearray(memoryview(b"ab")), b"-".join([memoryview(b"a"), b"b"]))
h = memoryview(b"abc")
print(hash(h) == hash(b"abc"))
try:
    hash(memoryview(bytearray(b"a")))
except ValueError as e:
    print("VE", e)
try:
    memoryview("str")
except TypeError as e:
    print("TE", e)
print(m.toreadonly().readonly, memoryview(ba).toreadonly().readonly)
import io
buf = bytearray(4)
bio = io.BytesIO(b"wxyz")
print(bio.readinto(memoryview(buf)[1:3]), buf)
print(type(m).__name__, repr(m)[:12])
