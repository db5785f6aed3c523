def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, c=1, a=2))
def g(a, b, /, c): return a, b, c
print(g(1, 2, 3), g(1, 2, c=3))
t(lambda: g(1, b=2, c=3))
t(lambda: g(1, 2))
t(lambda: g(1, 2, 3, 4))
def h(*, k): return k
t(lambda: h(1))
t(lambda: h())
t(lambda: h(k=1, j=2))
def noargs(): pass
t(lambda: noargs(1))
t(lambda: noargs(x=1))
def one(x): pass
t(lambda: one())
t(lambda: one(1, 2))
t(lambda: one(y=1))
def two(x, y): pass
t(lambda: two(1))
t(lambda: two())
def defs(a, b=1, c=2): pass
t(lambda: defs())
t(lambda: defs(1, 2, 3, 4))
class C:
    def m(self, x): return x
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m())
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:4])
def ann(a: int, b: 'str' = 'x') -> bool: pass
print(ann.__annotations__)
lam = lambda x, y=3: x + y
print(lam(1), lam.__name__, (lambda: 0).__qualname__)
fs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs])
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
inc = outer(); print(inc(), inc(), inc.__closure__[0].cell_contents)
gx = 0
def setg():
    global gx
    gx = 5
setg(); print(gx)
def counter():
    count = 0
    def add(): nonlocal count; count += 1; return count
    def get(): return count
    return add, get
a, g2 = counter(); a(); a(); print(g2())
x = 10
def shadow():
    print(x)
    x = 5
t(shadow)
def comp_scope():
    y = 5
    return [y * i for i in range(3)], {i: y for i in range(2)}
print(comp_scope())
class K:
    v = 5
    lst = [v for _ in range(2)] if False else None
    try:
        lst2 = [v for _ in range(2)]
    except NameError as e:
        err = str(e)
print(K.err)
def deco(fn):
    def wrapper(*a, **k):
        print('calling', fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(n): return n * 2
print(hello(3), hello.__name__)
import functools
def deco2(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco2
def named(): "docstring"
print(named.__name__, named.__doc__)
def kwonly_defaults(a, *, b=1, c): return a, b, c
print(kwonly_defaults(1, c=2))
def star_only(*args): return args
print(star_only(), star_only(*[1, 2], *(3,)), star_only(*'ab'))
def kw_only(**kw): return kw
print(kw_only(**{'a': 1}, b=2), kw_only())
t(lambda: kw_only(**{1: 2}))
t(lambda: kw_only(**{'a': 1}, a=2))
t(lambda: star_only(*1))
t(lambda: kw_only(**1))
def rec(n): return rec(n + 1)
t(lambda: rec(0))
import sys
print(sys.getrecursionlimit())
def gen_default(x=[]):
    x.append(1); return len(x)
print(gen_default(), gen_default())
print((lambda *a, **k: (a, k))(1, 2, x=3))
def f5(a, b, c, d, e): return a + b + c + d + e
print(f5(*range(5)), f5(1, *[2, 3], **{'d': 4, 'e': 5}))
print(callable(f5), f5.__module__, type(f5).__name__, f5.__class__.__name__)
def doc():
    """Multi
    line"""
print(doc.__doc__)
print(repr(f5)[:15])
