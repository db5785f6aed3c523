# zlib: decompressobj streaming with max_length/unconsumed_tail/unused_data/eof/flush, zdict, compressobj's arguments and errors, checksums with start values.
import zlib
data = bytes(range(256)) * 100 + b'the end' * 1000
for wbits, comp in [(15, zlib.compress(data)), (-15, zlib.compress(data, wbits=-15)), (31, zlib.compress(data, wbits=31)), (47, zlib.compress(data, wbits=31)), (47, zlib.compress(data))]:
    # max_length loop as in CPython's test suite
    d = zlib.decompressobj(wbits)
    bufs = []
    cb = comp
    n = 0
    while cb:
        max_length = 1 + len(cb) // 10
        chunk = d.decompress(cb, max_length)
        assert len(chunk) <= max_length, (len(chunk), max_length)
        bufs.append(chunk)
        cb = d.unconsumed_tail
        n += 1
    bufs.append(d.flush())
    print(wbits, b''.join(bufs) == data, d.eof, d.unused_data, d.unconsumed_tail)
    # byte by byte
    d = zlib.decompressobj(wbits)
    out = b''.join(d.decompress(comp[i:i+1]) for i in range(len(comp)))
    print(out == data, d.eof, d.unused_data)
    # with trailing data
    d = zlib.decompressobj(wbits)
    out = d.decompress(comp + b'extra')
    print(out == data, d.eof, d.unused_data, d.decompress(b'more'), d.unused_data, d.flush())
    # small max_length, then flush
    d = zlib.decompressobj(wbits)
    first = d.decompress(comp, 10)
    print(len(first), d.eof)
    rest = d.flush()
    print(first + rest == data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
try: d.decompress(b'x', -1)
except Exception as e: print(type(e).__name__, e)
comp = zlib.compress(data)
d = zlib.decompressobj(); print(len(d.decompress(comp[:50])), d.eof, d.flush(), d.eof)
for bad in (0, -1):
    try: print(d.flush(bad))
    except Exception as e: print(type(e).__name__, e)
try: zlib.decompressobj(zdict='x')
except Exception as e: print(type(e).__name__, e)
z = zlib.compressobj(zdict=b'hello world'); c = z.compress(b'hello world hello') + z.flush()
try: print(zlib.decompress(c))
except Exception as e: print(type(e).__name__, e)
d = zlib.decompressobj(zdict=b'hello world'); print(d.decompress(c), d.eof)
d = zlib.decompressobj()
try: print(d.decompress(c))
except Exception as e: print(type(e).__name__, e)
print(zlib.crc32(b'abc', 5), zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40), zlib.adler32(b'abc', 0), zlib.adler32(b'abc', -1), zlib.adler32(b'', 2**33+5))
for bad in (lambda: zlib.crc32('abc'), lambda: zlib.crc32(b'abc', 1.5), lambda: zlib.adler32(b'a', 'x')):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(zlib.decompressobj().flush())
d = zlib.decompressobj()
try: print(d.decompress(b'\\x78\\x9c\\xff\\xff'))
except Exception as e: print(type(e).__name__, e)
for kw in [dict(method=7), dict(memLevel=0), dict(memLevel=10), dict(strategy=9), dict(level=10), dict(zdict='x'), dict(level=-2),
           dict(level=9, method=8, wbits=-9, memLevel=9, strategy=zlib.Z_FILTERED), dict(strategy=zlib.Z_HUFFMAN_ONLY), dict(strategy=zlib.Z_RLE), dict(strategy=zlib.Z_FIXED), dict(memLevel=1), dict(wbits=31), dict(wbits=8)]:
    try:
        c = zlib.compressobj(**kw)
        out = c.compress(data) + c.flush()
        w = kw.get('wbits', 15)
        print(kw, zlib.decompress(out, w if w != 8 else 9) == data)
    except Exception as e: print(kw, type(e).__name__, e)
c = zlib.compressobj(zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, zlib.Z_DEFAULT_STRATEGY)
part = c.compress(b'abc' * 100) + c.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj(-15); print(d.decompress(part) == b'abc' * 100, d.eof)
part2 = c.compress(b'xyz') + c.flush()
print(d.decompress(part2), d.eof)
print(c.flush())
try: c.compress(b'x')
except Exception as e: print(type(e).__name__, e)
