# functools: lru_cache, partial, reduce, wraps, total_ordering, cached_property, singledispatch, cmp_to_key (CPython's test_functools cases).
import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__(5), sq.cache_parameters())
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits, fib.cache_info().misses)
@functools.cache
def c(x, y=1): return x + y
print(c(1), c(1, y=1), c(1, 1), c.cache_info())
try: functools.lru_cache(maxsize='x')
except TypeError as e: print(e)
try: sq([1])
except TypeError as e: print(e)
p = functools.partial(int, base=2); print(p('101'), p.func is int, p.args, p.keywords, repr(p))
p2 = functools.partial(p, '111'); print(p2(), p2.func is int, p2.args, p2.keywords)
p3 = functools.partial(max, 1, 2); print(p3(3), p3(key=lambda x: -x), repr(p3))
try: functools.partial()
except TypeError as e: print(e)
try: functools.partial(1)
except TypeError as e: print(e)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 'init'), functools.reduce(max, [3]))
try: functools.reduce(lambda a, b: a, [])
except TypeError as e: print(e)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented(a):
    "doc here"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
try:
    @functools.total_ordering
    class N: pass
except ValueError as e: print(e)
class CP:
    n = 0
    @functools.cached_property
    def val(self):
        CP.n += 1; return 42
o = CP(); print(o.val, o.val, CP.n, 'val' in o.__dict__); del o.val; print(o.val, CP.n)
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True), show.dispatch(float).__name__, sorted(k.__name__ for k in show.registry))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
k = functools.cmp_to_key(lambda a, b: a - b); print(k(1) < k(2), k(2) == k(2))
class M:
    @functools.singledispatchmethod
    def f(self, x): return 'base'
    @f.register
    def _(self, x: str): return 'str'
print(M().f(1), M().f('a'))
pm = functools.partialmethod
class PM:
    def g(self, a, b): return a - b
    h = pm(g, 10)
print(PM().h(3))
print(functools.reduce(lambda a, b: a + b, iter([1, 2, 3]), 10), functools.WRAPPER_ASSIGNMENTS)
