# zlib's compressed bytes and their lengths, as CPython's zlib (the zlib
# library) produces them: every level, window sizes, wrappers, strategies,
# memory levels, dictionaries, and compress objects with flushes.
import zlib


def lcg_bytes(n, seed, alphabet=256):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = (x >> 16) % alphabet
    return bytes(out)


words = b"the quick brown fox jumps over the lazy dog and a zlib deflate stream".split()
text = b" ".join(words[(i * 7 + i // 3) % len(words)] for i in range(4000))
inputs = [
    ("empty", b""),
    ("one", b"x"),
    ("hello", b"hello hello hello hello"),
    ("abc", b"abc" * 500),
    ("text", text),
    ("random", lcg_bytes(3000, 1)),
    ("low", lcg_bytes(20000, 2, 4)),
    ("zeros", bytes(40000)),
    ("mixed", text[:5000] + lcg_bytes(2000, 3) + bytes(3000) + text[1000:9000]),
]

for name, data in inputs:
    print(name, len(data), [len(zlib.compress(data, level)) for level in range(-1, 10)])
    print(" ", zlib.compress(data)[:40].hex(), zlib.compress(data)[-8:].hex())

print(zlib.compress(b""), zlib.compress(b"a"), zlib.compress(b"a", 0), zlib.compress(b"hello", 9))
print(zlib.compress(b"hello hello hello", wbits=-15), zlib.compress(b"hello hello hello", wbits=31))
data = text[:10000]
for wbits in (9, 10, 12, 15, -9, -12, -15, 25, 28, 31):
    out = zlib.compress(data, 6, wbits)
    print(wbits, len(out), out[:6].hex(), out[-6:].hex(), zlib.decompress(out, wbits) == data)
big = (text * 3)[:70000] + lcg_bytes(40000, 4)
for level in (0, 1, 6, 9):
    out = zlib.compress(big, level)
    print("big", level, len(out), zlib.crc32(out))

for strategy in range(5):
    for level in (1, 4, 6, 9):
        for mem in (1, 8, 9):
            c = zlib.compressobj(level, zlib.DEFLATED, 15, mem, strategy)
            out = c.compress(data) + c.flush()
            print("strategy", strategy, "level", level, "mem", mem, len(out), zlib.crc32(out))

# Compress objects: what each call returns, with every flush mode.
for level in (0, 1, 6, 9):
    c = zlib.compressobj(level)
    chunks = [c.compress(b"")]
    chunks.append(c.compress(text[:3000]))
    chunks.append(c.flush(zlib.Z_SYNC_FLUSH))
    chunks.append(c.flush(zlib.Z_SYNC_FLUSH))
    chunks.append(c.compress(text[3000:6000]))
    chunks.append(c.flush(zlib.Z_FULL_FLUSH))
    chunks.append(c.compress(text[6000:6100]))
    chunks.append(c.flush(zlib.Z_PARTIAL_FLUSH))
    chunks.append(c.compress(text[6100:6200]))
    chunks.append(c.flush(zlib.Z_BLOCK))
    chunks.append(c.compress(big))
    chunks.append(c.flush(zlib.Z_NO_FLUSH))
    chunks.append(c.flush())
    print("obj", level, [len(x) for x in chunks], chunks[2].hex()[-20:], zlib.crc32(b"".join(chunks)))
    print("  ", zlib.decompress(b"".join(chunks)) == text[:6200] + big)

for wbits in (15, -15, 31):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    out = [c.compress(b"hello world " * 10), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b"bye"), c.flush()]
    print(wbits, [x.hex() for x in out])

for zdict in (b"hello world", text[:2000], text * 12):
    for wbits in (15, -15):
        c = zlib.compressobj(9, zlib.DEFLATED, wbits, zdict=zdict)
        out = c.compress(text[500:4000]) + c.flush()
        print("zdict", len(zdict), wbits, len(out), out[:8].hex(), zlib.crc32(out))
        d = zlib.decompressobj(wbits, zdict=zdict)
        print("  ", d.decompress(out) == text[500:4000])
try:
    zlib.compressobj(6, zlib.DEFLATED, 31, zdict=b"abc")
except ValueError as e:
    print("ValueError", e)
