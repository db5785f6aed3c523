import functools
@functools.singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int %d' % x
@show.register
def _(x: str): return 'str ' + x
print(show(1), show('a'), show(2.5), show(True))
p = functools.partial(int, base=2); print(p('101'), repr(functools.reduce)[:20] != '', functools.reduce(lambda a, b: a + b, 'abc', '>'))
class C:
    def __init__(self): self.n = 0
    @functools.partialmethod
    def nothing(self): pass
print(functools.update_wrapper(lambda: 1, len).__name__, functools.WRAPPER_ASSIGNMENTS[:2])
@functools.lru_cache(maxsize=None)
def f(a, b=1): return a + b
print(f(1), f(1, b=1), f(1, 1), f.cache_info().hits, f.cache_info().misses)
@functools.lru_cache(typed=True)
def g(x): return type(x).__name__
print(g(1), g(1.0), g.cache_info().currsize)
try: functools.lru_cache(maxsize='x')
except TypeError as e: print(e)
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
