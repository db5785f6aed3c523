# gzip: compress/decompress round trips, headers, multi-member streams, GzipFile and gzip.open (binary/text), errors
import gzip, io, os, tempfile, zlib
data = b"hello gzip world\n" * 200 + bytes(range(256))
c = gzip.compress(data, mtime=0)
print(c[:10], gzip.decompress(c) == data, c[-8:] == zlib.crc32(data).to_bytes(4, "little") + len(data).to_bytes(4, "little"))
print(gzip.compress(b"", mtime=0)[:10], gzip.decompress(gzip.compress(b"")), gzip.compress(b"x", 1, mtime=5)[:10], gzip.compress(b"x", 6, mtime=0)[:10])
print(gzip.decompress(gzip.compress(b"one") + gzip.compress(b"two")), gzip.decompress(gzip.compress(b"pad") + b"\x00" * 10))
for bad in [b"not gzip", gzip.compress(b"abc")[:-3], gzip.compress(b"abc")[:15], b"\x1f\x8b\x07" + b"\x00" * 20]:
    try: print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError, OSError) as e: print(type(e).__name__, e)
corrupt = bytearray(gzip.compress(b"abcdef", mtime=0)); corrupt[-8] ^= 1
try: gzip.decompress(bytes(corrupt))
except gzip.BadGzipFile as e: print("BadGzipFile", str(e).split(" != ")[0][:16])
corrupt = bytearray(gzip.compress(b"abcdef", mtime=0)); corrupt[-1] ^= 1
try: gzip.decompress(bytes(corrupt))
except gzip.BadGzipFile as e: print("BadGzipFile", e)
print(issubclass(gzip.BadGzipFile, OSError))
d = tempfile.mkdtemp(); fn = os.path.join(d, "f.txt.gz")
with gzip.open(fn, "wb") as f:
    print(f.write(b"line one\n"), f.write(b"line two\nline three\n"), f.write(memoryview(b"end")), f.tell())
raw = open(fn, "rb").read(); print(raw[:3], raw[3], raw[10:16])
with gzip.open(fn) as f:
    print(f.read(4), f.readline(), f.tell(), list(f), f.read(), f.mtime is not None)
with gzip.open(fn, "rb") as f:
    print(f.readlines(), f.seek(5), f.read(3), f.seek(0), f.read(4), f.peek(1)[:1])
with gzip.GzipFile(fn) as f: print(f.read1(5), len(f.read()))
with open(fn, "rb") as raw_f:
    g = gzip.GzipFile(fileobj=raw_f); print(g.read()[:8]); g.close(); print(g.closed, raw_f.closed)
with gzip.open(fn, "at") as f: f.write("appended é\n")
with gzip.open(fn, "rt", encoding="utf-8") as f: print(f.read().splitlines())
with gzip.open(fn, "wt", encoding="utf-8", newline="\r\n") as f: f.write("a\nb\n")
with gzip.open(fn, "rb") as f: print(f.read())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g: g.write(b"in memory")
print(buf.getvalue()[:10], gzip.decompress(buf.getvalue()), gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
with gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data)), mode="rb") as g:
    print(sum(len(l) for l in g), g.tell())
for bad in [lambda: gzip.open(fn, "rbt"), lambda: gzip.open(fn, "rb", encoding="x"), lambda: gzip.open(123.5), lambda: gzip.GzipFile(fn, "z")]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
g = gzip.open(fn, "rb"); g.close(); g.close()
try: g.read()
except ValueError as e: print("ValueError:", e)
with gzip.open(fn, "wb") as g:
    try: g.read()
    except OSError as e: print("OSError", e.errno)
with gzip.open(fn, "rb") as g:
    try: g.write(b"x")
    except OSError as e: print("OSError", e.errno)
big = os.urandom(100) * 3000
print(gzip.decompress(gzip.compress(big)) == big)
os.remove(fn); os.rmdir(d)
