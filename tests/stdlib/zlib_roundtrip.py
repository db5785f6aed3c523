import zlib
data = b"hello hello hello world " * 50
for wbits in (15, -15, 31, 9):
    c = zlib.compress(data, 6, wbits)
    print(wbits, zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data if wbits > 15 or wbits == 15 else "")
print(zlib.decompress(zlib.compress(b"")), zlib.crc32(b"abc"), zlib.crc32(b"abc", 7), zlib.adler32(b"abc"), zlib.adler32(b"abc", 9), zlib.adler32(b""))
for bad in [b"garbage", zlib.compress(data)[:20], b"x\x9c\x03\x00\x00\x00\x00\x02"]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error", e)
co = zlib.compressobj(9)
parts = co.compress(data[:300]) + co.compress(data[300:]) + co.flush()
print(zlib.decompress(parts) == data)
do = zlib.decompressobj()
out = b""
for i in range(0, len(parts), 7):
    out += do.decompress(parts[i:i+7])
out += do.flush()
print(out == data, do.eof, do.unused_data)
do2 = zlib.decompressobj()
print(do2.decompress(zlib.compress(b"abc") + b"tail") , do2.unused_data, do2.eof)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.error.__name__)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print("error", e)
