import zlib
for data, w in [(b'', 15), (b'garbage', 15), (zlib.compress(b'abc')[:-1], 15), (zlib.compress(b'abc')[:-4] + b'\0\0\0\0', 15), (b'\x1f\x8b', 31), (zlib.compress(b'x'), 31)]:
    try: print(zlib.decompress(data, w))
    except zlib.error as e: print(e)
for kw in [dict(wbits=7), dict(wbits=16), dict(wbits=48)]:
    try: print(zlib.decompress(zlib.compress(b'x'), **kw))
    except (zlib.error, ValueError) as e: print(type(e).__name__, e)
for kw in [dict(wbits=7), dict(wbits=-8), dict(level=10), dict(level=-2)]:
    try: print(len(zlib.compress(b'x', **kw)) > 0)
    except (zlib.error, ValueError) as e: print(type(e).__name__, e)
print(zlib.decompress(zlib.compress(b'hello' * 100, 9)) == b'hello' * 100, zlib.decompress(zlib.compress(b'', 0)), zlib.decompress(bytearray(zlib.compress(b'ba'))))
try: zlib.decompress('str')
except TypeError as e: print(e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.DEF_MEM_LEVEL)
