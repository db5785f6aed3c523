# zlib: Compress.copy / Decompress.copy (and __copy__/__deepcopy__) as in CPython's test_zlib:
# copies continue the same stream independently; copying a finished stream is a ValueError.
import zlib, copy

data0 = b''.join(b'line %d of the first part\n' % i for i in range(2000))
data1 = data0.swapcase()
for level in (-1, 0, 1, 6, 9):
    for wbits in (15, -15, 31):
        c0 = zlib.compressobj(level, zlib.DEFLATED, wbits)
        bufs0 = [c0.compress(data0)]
        c1 = c0.copy()
        bufs1 = bufs0[:]
        bufs0.append(c0.compress(data0))
        bufs0.append(c0.flush())
        s0 = b''.join(bufs0)
        bufs1.append(c1.compress(data1))
        bufs1.append(c1.flush())
        s1 = b''.join(bufs1)
        print(level, wbits, zlib.decompress(s0, wbits) == data0 + data0, zlib.decompress(s1, wbits) == data0 + data1)

# copy before any data, copy of a copy, copies after sync flushes
c = zlib.compressobj()
a = c.copy()
out_c = c.compress(b'abc' * 50) + c.flush(zlib.Z_SYNC_FLUSH)
b = c.copy()
out_a = a.compress(b'xyz' * 50) + a.flush()
bb = copy.copy(b)
out_b = b.compress(b'tail b') + b.flush()
out_bb = bb.compress(b'tail bb') + bb.flush(zlib.Z_FULL_FLUSH) + bb.compress(b' and more') + bb.flush()
out_c += c.flush()
print(zlib.decompress(out_a), zlib.decompress(out_c) == b'abc' * 50)
print(zlib.decompress(out_c[:0] + out_c) == b'abc' * 50)
print(zlib.decompress(b''.join([out_c[:len(out_c) - len(out_c)], ]) + out_c)[:6])
# streams built from a shared prefix
c = zlib.compressobj(9)
prefix = c.compress(data0[:1000])
d1 = copy.deepcopy(c, {})
rest0 = c.compress(data0[1000:]) + c.flush()
rest1 = d1.compress(b'!') + d1.flush()
print(zlib.decompress(prefix + rest0) == data0, zlib.decompress(prefix + rest1) == data0[:1000] + b'!')
# zdict streams copy too
c = zlib.compressobj(zdict=b'hello world')
p = c.compress(b'hello ')
c2 = c.copy()
s_a = p + c.compress(b'world') + c.flush()
s_b = p + c2.compress(b'there') + c2.flush()
print(zlib.decompressobj(zdict=b'hello world').decompress(s_a), zlib.decompressobj(zdict=b'hello world').decompress(s_b))

# bad copies
c = zlib.compressobj()
c.compress(data0)
c.flush()
for f in (c.copy, c.__copy__, lambda: c.__deepcopy__({})):
    try: f()
    except Exception as e: print(type(e).__name__, e)
for f in (lambda: zlib.compressobj().copy(1), lambda: zlib.compressobj().__deepcopy__(), lambda: zlib.decompressobj().__copy__(2)):
    try: f()
    except Exception as e: print(type(e).__name__, e)

# decompress copies
comp = zlib.compress(data0)
for cut in (0, 1, 2, 10, len(comp) // 2, len(comp) - 3, len(comp)):
    d0 = zlib.decompressobj()
    first = d0.decompress(comp[:cut])
    d1 = d0.copy()
    r0 = first + d0.decompress(comp[cut:]) + d0.flush()
    r1 = first + d1.decompress(comp[cut:]) + d1.flush()
    print(r0 == data0, r1 == data0, d0.eof, d1.eof)
# with max_length: the copy has the same tail and pending output
d0 = zlib.decompressobj()
a = d0.decompress(comp, 100)
d1 = d0.copy()
print(len(a), d0.unconsumed_tail == d1.unconsumed_tail, len(d1.unconsumed_tail) > 0)
x0 = a + d0.decompress(d0.unconsumed_tail, 5000)
x1 = a + d1.decompress(d1.unconsumed_tail, 5000)
print(x0 == x1, len(x0))
print(x0 + d0.decompress(d0.unconsumed_tail) + d0.flush() == data0, x1 + d1.flush() == data0)
# copy at eof keeps unused_data; after flush at eof, no copy
for w, cc in ((15, comp), (31, zlib.compress(data0, wbits=31)), (-15, zlib.compress(data0, wbits=-15)), (47, comp)):
    d = zlib.decompressobj(w)
    out = d.decompress(cc + b'rest')
    dc = d.copy()
    print(w, out == data0, dc.eof, dc.unused_data, dc.decompress(b'more'), dc.unused_data, d.unused_data)
    d.flush()
    try: d.copy()
    except Exception as e: print(type(e).__name__, e)
    try: d.decompress(b'x')
    except Exception as e: print(type(e).__name__, e)
    print(d.flush(), d.eof, d.unused_data)
# a copy of a failed decompressor fails the same way
d = zlib.decompressobj()
try: d.decompress(b'garbage!')
except zlib.error as e: print(e)
dd = d.copy()
try: dd.decompress(b'x')
except zlib.error as e: print(e)
# copies with zdict
c = zlib.compressobj(zdict=b'abcdefgh')
s = c.compress(b'abcdefgh' * 10) + c.flush()
d = zlib.decompressobj(zdict=b'abcdefgh')
p = d.decompress(s[:5])
print((p + d.copy().decompress(s[5:])) == b'abcdefgh' * 10)
