import sys, io
print('a', 'b', sep='')
print('a', 'b', sep=None)
print('x', end='')
print('y', end=None)
print(1, 2, 3, sep=', ', end='!\n')
print()
print('to stderr', file=sys.stderr)
buf = io.StringIO()
print('into', 'buf', file=buf, sep='-')
print(repr(buf.getvalue()))
print('flush', flush=True)
print(*[], sep='x')
print(*'abc', sep='|')
try:
    print(sep=1)
except TypeError as e:
    print('TypeError', e)
try:
    print(file=5)
except AttributeError as e:
    print('AttributeError', e)
try:
    print('x', bad=1)
except TypeError as e:
    print('TypeError', e)
class W:
    def write(self, s): sys.stdout.write('[' + s + ']')
print('w', 'x', file=W())
print()
sys.stdout.write('direct\n')
print(sys.stdout.write('ret\n'))
