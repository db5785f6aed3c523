# zlib: the module surface and argument checking (CPython's test_zlib checks that do not print compressed bytes).
import zlib
print(sorted(n for n in dir(zlib) if not n.startswith('_')))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
print(zlib.crc32(b''), zlib.crc32(b'', 1), zlib.adler32(b''), zlib.adler32(b'', 5), zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.crc32(bytearray(b'x')), zlib.adler32(memoryview(b'y')))
big = bytes(range(256)) * 1000
print(zlib.crc32(big), zlib.adler32(big), zlib.crc32(big[500:], zlib.crc32(big[:500])) == zlib.crc32(big), zlib.adler32(big[7:], zlib.adler32(big[:7])) == zlib.adler32(big))
for level in range(-1, 10):
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        c = zlib.compress(big[:5000], level, wbits)
        assert zlib.decompress(c, wbits if wbits not in (9, -9, 25) else {9: 15, -9: -15, 25: 31}[wbits]) == big[:5000], (level, wbits)
        assert zlib.decompress(c, 47 if wbits > 15 else 0 if wbits > 0 else wbits) == big[:5000] if wbits not in (9, 12, 25) else True
print('levels and wbits ok')
print(zlib.decompress(zlib.compress(b'abc', wbits=31), wbits=47), zlib.decompress(zlib.compress(b'abc'), wbits=32), zlib.decompress(zlib.compress(b''), bufsize=1))
for bad in (lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', -2), lambda: zlib.compress(b'x', wbits=8) and zlib.compress(b'x', wbits=7), lambda: zlib.compress(b'x', wbits=16),
            lambda: zlib.compress('x'), lambda: zlib.decompress(b'x'), lambda: zlib.decompress(b''), lambda: zlib.decompress(zlib.compress(b'a')[:-1]),
            lambda: zlib.decompress(b'x\x9c', 15), lambda: zlib.decompress(zlib.compress(b'a'), -15), lambda: zlib.decompress(zlib.compress(b'a'), 7),
            lambda: zlib.decompress(b'abc', bufsize=-1), lambda: zlib.decompress(zlib.compress(b'abc'), wbits=31), lambda: zlib.compressobj(wbits=99),
            lambda: zlib.decompressobj(wbits=99), lambda: zlib.decompressobj(zdict=b'a').decompress(zlib.compress(b'a')), lambda: zlib.compress(),
            lambda: zlib.decompress(data=b'x'), lambda: zlib.compress(data=b'x')):
    try: r = bad(); print('ok', type(r).__name__, len(r) > 0)
    except Exception as e: print(type(e).__name__, e)
bad_check = bytearray(zlib.compress(b'hello world')); bad_check[-1] ^= 1
try: zlib.decompress(bytes(bad_check))
except zlib.error as e: print(e)
g = bytearray(zlib.compress(b'hello', wbits=31)); g[-5] ^= 1
try: zlib.decompress(bytes(g), 31)
except zlib.error as e: print(e)
g = bytearray(zlib.compress(b'hello', wbits=31)); g[-1] ^= 1
try: zlib.decompress(bytes(g), 31)
except zlib.error as e: print(e)
print(zlib.decompress(zlib.compress(b'abc') + b'junk'))
d = zlib.decompressobj(); print(d.decompress(b''), d.unused_data, d.unconsumed_tail, d.eof, d.flush())
c = zlib.compressobj(); print(c.compress(b''), type(c.flush(zlib.Z_NO_FLUSH)).__name__, len(c.flush()) > 0)
d = zlib.decompressobj(); print(d.decompress(zlib.compress(b'x' * 100000), 10)[:3], len(d.unconsumed_tail) > 0, len(d.flush()))
print(repr(zlib.ZLIB_VERSION[:2]), type(zlib.error).__name__, zlib.error.__mro__[1].__name__)
