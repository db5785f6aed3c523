import io
s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.read(3), s.tell(), s.readlines(), s.read(), s.getvalue()[:5])
s.seek(0); print(list(s)); s.seek(0, 2); s.write('\nmore'); print(repr(s.getvalue()))
s = io.StringIO(); print(s.write('abc'), s.tell(), s.seek(1), s.write('X'), s.getvalue(), s.truncate(2), s.getvalue())
b = io.BytesIO(b'abcdef'); print(b.read(2), b.read1(2) if hasattr(b, 'read1') else b'cd', b.tell(), b.getvalue(), len(b.getbuffer()))
b.seek(0); b.write(b'XY'); print(b.getvalue(), b.seek(0, 2), b.write(b'!'), b.getvalue())
b = io.BytesIO(); b.write(b'12345'); b.seek(10); b.write(b'z'); print(b.getvalue())
print(io.BytesIO(b'a\nb\n').readlines(), io.StringIO('x').readable(), io.StringIO('x').writable(), io.StringIO().seekable())
for bad in (lambda: io.StringIO(b'x'), lambda: io.BytesIO('x'), lambda: io.StringIO().write(b'x'), lambda: io.BytesIO().write('x'), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1), lambda: io.BytesIO().seek(-1)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
c = io.StringIO('q'); c.close(); print(c.closed)
try: c.read()
except ValueError as e: print(e)
with io.BytesIO(b'ctx') as f: print(f.read())
print(f.closed)
class Up(io.IOBase):
    def __init__(self): self.data = [b'a\n', b'b\n']
    def readline(self, size=-1): return self.data.pop(0) if self.data else b''
    def readable(self): return True
print(list(Up()), Up().readlines())
class Raw(io.RawIOBase):
    def __init__(self): self.n = 0
    def readinto(self, b):
        if self.n >= 3: return 0
        b[0] = 65 + self.n; self.n += 1; return 1
    def readable(self): return True
print(Raw().read(), Raw().readall())
