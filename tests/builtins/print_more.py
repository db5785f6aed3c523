# print(): sep/end/file/flush arguments and errors, partial output before a failing __str__, redirected stdout.
import io, sys
buf = io.StringIO()
print('a', 'b', sep=None, end=None, file=buf)
print(file=buf)
print('x', 1, None, sep='', end='|', file=buf)
print(*[], file=buf)
print(*'abc', sep='-', file=buf, flush=True)
print(buf.getvalue().encode())
for bad in [dict(sep=1), dict(end=2), dict(file=1), dict(flush=None), dict(bad=1)]:
    try:
        print('q', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print('hello', 42, file=w)
print(w.parts)
class BadStr:
    def __str__(self): raise ValueError('no str')
try:
    print('before', BadStr(), 'after')
except ValueError as e:
    print('ValueError', e)
print(sys.stdout.write('direct\n'))
sys.stdout.write('no newline')
sys.stdout.write('\n')
print(print.__name__)
old = sys.stdout
sys.stdout = io.StringIO()
print('captured')
cap = sys.stdout.getvalue()
sys.stdout = old
print(repr(cap))
print(None, True, 1.0, 1e100, [1.5], {'a': None}, (1,), set(), frozenset({1}), b'x', bytearray(b'y'), range(3), slice(1), 1j, ..., NotImplemented, int, print is print)
print('end test', end='\n\n')
print('ä', '日本', '\t|')
print(sep='x')
