def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
m = memoryview(b'hello world')
print(m[0], m[-1], bytes(m[:5]), m[6:].tobytes(), m.obj, len(m[::2]), m.tolist()[:2], m.hex(' '), bytes(m) == b'hello world')
print(m.shape, m.strides, m.ndim, m.c_contiguous, m.contiguous, m.suboffsets)
ba = bytearray(8)
mv = memoryview(ba)
mv[0:2] = b'\x01\x02'; mv[-1] = 255
print(ba, mv.cast('H')[0], mv.cast('B').format, len(mv.cast('I')), mv.cast('I').itemsize)
t(lambda: mv.cast('I', (3,)))
t(lambda: mv[0:2].__setitem__(slice(None), b'xyz'))
t(lambda: memoryview('str'))
t(lambda: m[20])
t(lambda: m['a'])
with memoryview(b'ctx') as cm:
    print(bytes(cm))
t(lambda: cm[0])
print(memoryview(b'abc') == b'abc', memoryview(b'abc') == memoryview(bytearray(b'abc')), memoryview(b'a') != b'b')
import array
a = array.array('i', [1, 2, 3]); am = memoryview(a)
print(am.format, am.itemsize, am.tolist(), am[1], len(am), am.nbytes)
am[1] = 20; print(a)
print(bytes(memoryview(b'xy').toreadonly()), memoryview(b'ab').readonly, memoryview(bytearray(b'ab')).readonly)
