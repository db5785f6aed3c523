# lambda forms, defaults, closures, and use as key functions.
print((lambda: 1)(), (lambda x: x * 2)(4), (lambda x, y=3: x + y)(1), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3), (lambda *, k=5: k)())
f = lambda: None
print(f.__name__, f.__qualname__, f(), type(f).__name__)
fs = [lambda x, n=n: x ** n for n in range(4)]
print([g(2) for g in fs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), max([3, -7, 5], key=lambda v: abs(v)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda x: x % 2, range(8))))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
cond = lambda x: 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print([cond(v) for v in (-1, 0, 1)])
print((lambda: (yield 1))().__class__.__name__, list((lambda: (yield from [1, 2]))()))
class K:
    m = lambda self: 'method ' + type(self).__name__
    s = staticmethod(lambda: 'static')
print(K().m(), K.s(), K().s())
d = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b}
print({k: v(10, 3) for k, v in d.items()})
print((lambda a, b: (b, a))(*'xy'), (lambda: lambda: 'nested')()())
try:
    (lambda x: x)()
except TypeError as e:
    print('TypeError', e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print('TypeError', e)
x = 10
g = lambda: x
x = 20
print(g())
print((lambda x=x: x)(), (lambda: [x for _ in range(2)])())
