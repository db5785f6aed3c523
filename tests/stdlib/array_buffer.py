# array.array through the buffer protocol: memoryview, bytes, struct, files
from array import array
import struct
try:
    import uarray
except ImportError:
    import array as uarray
a = array('h', [1, -2, 300])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m.readonly)
m[0] = 7
print(a, bytes(a), bytearray(a), m.cast('B').tolist())
try:
    a.append(1)
except BufferError as e:
    print('BufferError', e)
m.release()
a.append(1)
print(a, struct.unpack('<4h', a), b''.join([a[:1], b'x']))
b = array('d', [0.5, 2.0])
print(memoryview(b).tolist(), struct.unpack('2d', b), bytes(b).hex())
u = array('u', 'héllo')
print(memoryview(u).format, u.tounicode(), len(bytes(u)), u[1], u.index('l'))
f = array('f', [1.0, 2.5])
print(memoryview(f).cast('B')[:4].tolist(), memoryview(f) == f, memoryview(f) == array('d', [1.0, 2.5]))
c = array('B', b'hello')
print(c, c.tobytes().decode(), bytes(c[1:3]), memoryview(c)[::2].tobytes())
print(uarray.array('i', [1]) == array('i', [1]), uarray.array is array)
import io
bio = io.BytesIO()
bio.write(array('i', [1, 2]))
print(bio.getvalue())
x = array('i')
x.frombytes(bio.getvalue())
print(x)
buf = array('b', [0] * 4)
print(io.BytesIO(b'\x01\x02\x03').readinto(buf), buf)
class A(array):
    pass
s = A('i', [1, 2])
s.append(3)
s += array('i', [4])
print(type(s).__name__, s.tolist(), len(s), s[0], bytes(memoryview(s)))
