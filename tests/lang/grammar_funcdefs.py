# More function definition forms and call errors.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 7, 'z': 0}))
print(f(1, *[2], *[3], c=1, **{'x': 1}, **{'y': 2}))
for args, kw in [((), {}), ((1,), {}), ((1,), {'a': 2, 'c': 3}), ((1,), {'c': 1, 'b': 2, 'zz': 3})]:
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print('TypeError:', e)
def g(x, /): return x
try:
    g(x=1)
except TypeError as e:
    print('TypeError:', e)
def h(*, a): return a
try:
    h(1)
except TypeError as e:
    print('TypeError:', e)
try:
    h()
except TypeError as e:
    print('TypeError:', e)
def k(a, b): return a, b
for call in [lambda: k(1), lambda: k(1, 2, 3), lambda: k(1, a=2), lambda: k(1, 2, c=3), lambda: k(**{'a': 1}, b=2, **{'b': 3})]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
# defaults evaluated once
def acc(x, l=[]):
    l.append(x)
    return l
print(acc(1), acc(2), acc(3, []))
# __defaults__ and __kwdefaults__
def dd(a, b=1, *, c=2): pass
print(dd.__defaults__, dd.__kwdefaults__)
dd.__defaults__ = (10,)
def dd2(a, b=1): return a, b
dd2.__defaults__ = (5,)
print(dd2(0))
dd2.__defaults__ = (7, 8)
print(dd2())
print(dd2.__code__.co_argcount, dd2.__code__.co_varnames, dd2.__name__, dd2.__qualname__)
class C:
    def m(self): pass
    class D:
        def n(self): pass
print(C.m.__qualname__, C.D.n.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
# function attributes
def fa(): pass
fa.attr = 5
print(fa.attr, fa.__dict__)
print(fa.__module__)
# keyword-only with defaults computed
n = 3
def kw(*, a=n * 2, b): return a, b
print(kw(b=1))
# recursion with default args
def fact(n, acc=1): return acc if n <= 1 else fact(n - 1, acc * n)
print(fact(20))
# return without value and nested functions
def nr():
    return
print(nr())
def gen_fns():
    return [lambda i=i: i for i in range(3)]
print([fn() for fn in gen_fns()])
# docstrings
def doc():
    "a docstring"
print(doc.__doc__)
def nodoc():
    x = "not doc"
print(nodoc.__doc__)
