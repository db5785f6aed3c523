import functools
from functools import partial, reduce, wraps, lru_cache, cmp_to_key, total_ordering
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=5); print(p(2), p(2, 6), p.func is f, p.args, p.keywords)
pp = partial(p, 7); print(pp(), pp.args)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k): return fn(*a, **k)
    return inner
@deco
def hello(x):
    "doc of hello"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n); return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(N(1) <= N(2), N(3) > N(2), N(2) >= N(2))
@functools.cache
def c(x): return x * 2
print(c(4), c(4))
print(repr(partial(f, 1))[:25])
class A:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
a = A(); print(a.val, a.val)
