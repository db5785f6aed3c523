def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def f(a, b=2, *args, c=3, **kw): return (a, b, args, c, kw)
print(f(1), f(1, 5), f(1, 5, 6, 7), f(1, c=9), f(1, z=0), f(*[1, 2, 3]), f(**{'a': 1, 'c': 4}), f(1, *(2, 3), c=5, **{'d': 6}))
print(f(*range(4), **dict(c=0, e=1)), f(a=1, b=2), f(1, b=3, **{}))
t(lambda: f(1, a=2))
t(lambda: f(1, **{'a': 2}))
t(lambda: f(1, c=1, **{'c': 2}))
t(lambda: f(**{'a': 1}, **{'a': 2}))
t(lambda: f(b=1))
def g(*, kw): return kw
print(g(kw=1), g(**{'kw': 2}))
def h(a, /, b, *, c): return a, b, c
print(h(1, 2, c=3), h(1, b=2, c=3))
t(lambda: h(1, 2, 3))
t(lambda: h(a=1, b=2, c=3))
def defaults(a=[], b={}, c=None): a.append(1); return len(a)
print(defaults(), defaults(), defaults([]))
class C:
    def m(self, *a, **k): return a, k
    def __call__(self, x): return x * 2
print(C().m(1, k=2), C.m(C(), 3), C()(4), C.__call__(C(), 5), getattr(C(), 'm')(6))
bound = C().m; print(bound(7), bound.__self__.__class__.__name__, bound.__func__.__name__)
print((lambda *a, **k: (a, k))(*'ab', **{'x': 1}), (lambda a, b=1, *c: (a, b, c))(0, 1, 2, 3))
def rec(n, acc=()): return acc if n == 0 else rec(n - 1, acc + (n,))
print(rec(5))
t(lambda: f())
t(lambda: (lambda: 0)(**{'x': 1}))
t(lambda: print(**{'sep': '', 'end': '!\n', 'bad': 1}))
args = (1,); kwargs = {'b': 2}
print(f(*args, **kwargs), f(*args, *args), f(*args, b=7, **{'c': 8}))
