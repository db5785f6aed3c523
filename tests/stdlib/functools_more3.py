# functools: lru_cache stats and typed, singledispatch, total_ordering, wraps, reduce, partialmethod, cache.
import functools
@functools.lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().hits)
@functools.singledispatch
def describe(x):
    return 'object'
@describe.register
def _(x: int):
    return 'int ' + str(x)
@describe.register(list)
def _(x):
    return 'list of %d' % len(x)
@describe.register(str)
def _(x):
    return 'str ' + x
print(describe(1), describe([1, 2]), describe('s'), describe(1.5), describe(True))
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(1, 2, 1), Version(0, 9)]
print(sorted(vs), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 9), Version(1) >= Version(1, 0))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def documented(a, b=1):
    """Docs here."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(1))
class Cell:
    def __init__(self):
        self.v = None
    def set(self, v):
        self.v = v
    set_one = functools.partialmethod(set, 1)
c = Cell()
c.set_one()
print(c.v)
print(functools.reduce(lambda a, b: a + b, ['a', 'b', 'c']), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(max, [])
except TypeError as e:
    print('TypeError', e)
k = functools.cmp_to_key(lambda a, b: len(a) - len(b))
print(sorted(['ccc', 'a', 'bb'], key=k))
p = functools.partial(int, base=2)
print(p('1010'), repr(p)[:30] if False else 'partial', p.keywords)
