# Decorators with state: memoization, counting, retry, registries, class decorators.
import functools

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@counted
@memo
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.calls, len(fib.cache), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)

def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k), attempt
                except exceptions as e:
                    last = e
                    print(f'  attempt {attempt} failed: {e!r}')
            raise RuntimeError(f'gave up after {times}') from last
        return wrapper
    return deco

state = {'n': 0}
@retry(3, (ValueError,))
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError(state['n'])
    return 'ok'
print(flaky())
state['n'] = -10
try:
    flaky()
except RuntimeError as e:
    print(e, repr(e.__cause__))

registry = {}
def register(name=None):
    def deco(obj):
        registry[name or obj.__name__] = obj
        return obj
    if callable(name):
        obj, name = name, None
        return deco(obj)
    return deco

@register
def alpha(): return 'a'
@register('B')
def beta(): return 'b'
@register()
class Gamma: pass
print(sorted(registry), registry['B'](), registry['alpha']())

def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v=1):
        self.v = v
print(Config(5).v, Config(9).v, Config() is Config(), Config.__name__)

def add_repr(cls):
    fields = [k for k in cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]]
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in fields)})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
print(Point(1, 'q'), [Point(2)])

class Trace:
    depth = 0
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
    def __call__(self, *a):
        print('  ' * Trace.depth + f'-> {self.fn.__name__}{a}')
        Trace.depth += 1
        try:
            r = self.fn(*a)
        finally:
            Trace.depth -= 1
        print('  ' * Trace.depth + f'<- {r}')
        return r
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

@Trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
gcd(48, 18)

class Calc:
    def __repr__(self):
        return 'Calc()'
    @Trace
    def double(self, x):
        return 2 * x
Calc().double(21)

def stacked(prefix):
    def deco(fn):
        def w(*a):
            return prefix + fn(*a)
        return w
    return deco
@stacked('<')
@stacked('[')
@stacked('{')
def core(): return 'core'
print(core())

# decorator expressions (3.9 relaxed grammar)
decos = [stacked('1'), stacked('2')]
@decos[0]
def d0(): return 'x'
@(lambda f: lambda: f().upper())
def d1(): return 'lam'
print(d0(), d1())

@functools.lru_cache(maxsize=None)
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().hits > 0)
