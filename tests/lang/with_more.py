# with statement: multiple managers, exceptions, suppression, return paths.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with (CM('p1') as p, CM('p2')):
    print('paren', p)
try:
    with CM('c'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
with CM('d', suppress=True):
    raise KeyError('hidden')
print('after suppress')
with CM('outer'), CM('inner', suppress=True):
    raise IndexError('inner gets it')
def ret():
    with CM('r'):
        return 'returned'
print(ret())
def brk():
    for i in range(3):
        with CM('loop%d' % i):
            if i == 1:
                break
            continue
    return i
print(brk())
# target unpacking
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (a, b):
    print(a, b)
d = {}
with Pair() as d['k']:
    pass
print(d)
# missing protocol methods
class NoExit:
    def __enter__(self): pass
class NoEnter:
    def __exit__(self, *a): pass
for obj in [NoExit(), NoEnter(), 42]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# exception in __enter__ skips __exit__
class BadEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('should not run'); return True
try:
    with BadEnter():
        print('no')
except RuntimeError as e:
    print(e)
# exception in __exit__
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('exit failed')
try:
    with BadExit():
        raise ValueError('orig')
except KeyError as e:
    print(repr(e), repr(e.__context__))
# __exit__ return value truthiness
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return [1]
with Truthy():
    raise ValueError
print('truthy suppressed')
# with inside generator
def g():
    with CM('gen'):
        yield 1
        yield 2
for v in g():
    print('got', v)
gg = g()
next(gg)
gg.close()
print('closed')
# enter result used without as
class Counter:
    n = 0
    def __enter__(self):
        Counter.n += 1
    def __exit__(self, *a):
        Counter.n += 10
with Counter(), Counter():
    pass
print(Counter.n)
