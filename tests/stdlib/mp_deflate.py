# MicroPython's deflate module: round trips through DeflateIO in every
# format, reads in pieces, and the errors MicroPython documents.
import io
import deflate
import zlib

data = b"The quick brown fox jumps over the lazy dog.\n" * 20

for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    buf = io.BytesIO()
    with deflate.DeflateIO(buf, fmt) as d:
        d.write(data[:100])
        d.write(data[100:])
    compressed = buf.getvalue()
    back = deflate.DeflateIO(io.BytesIO(compressed), fmt).read()
    print(fmt, back == data, len(compressed) < len(data))

# AUTO reads zlib and gzip streams
for wbits in (15, 31):
    d = deflate.DeflateIO(io.BytesIO(zlib.compress(data, 9, wbits)))
    print(d.readline(), len(d.read(10)), len(d.read()))

b = bytearray(8)
d = deflate.DeflateIO(io.BytesIO(zlib.compress(b"abcdefghij")), deflate.ZLIB)
print(d.readinto(b), b, d.read())

try:
    deflate.DeflateIO(io.BytesIO(b"not deflate data"), deflate.ZLIB).read()
except OSError as e:
    print("OSError", e.errno)

# AUTO writes a raw deflate stream (MicroPython's documented behaviour)
buf = io.BytesIO()
with deflate.DeflateIO(buf) as d:
    d.write(b"auto")
print(deflate.DeflateIO(io.BytesIO(buf.getvalue()), deflate.RAW).read())

s = io.BytesIO()
d = deflate.DeflateIO(s, deflate.RAW, 8, True)
d.write(b"hello")
d.close()
print(s.closed)
