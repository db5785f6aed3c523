def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a, b = 1, 2; a, b = b, a; print(a, b)
a, *b = [1, 2, 3]; print(a, b)
*a, b = 'xyz'; print(a, b)
a, *b, c = range(5); print(a, b, c)
a, *b, c = 1, 2; print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
for x, (y, z) in [(1, (2, 3))]: print(x, y, z)
def f(): a, b = 1, 2, 3
t(f)
def f(): a, b, c = 1, 2
t(f)
def f(): a, *b, c = [1]
t(f)
def f(): a, b = 1
t(f)
def f(): a, b = 'abc'
t(f)
def f(): a, = []
t(f)
def f(): a, b = {1: 2, 3: 4}; return a, b
t(f)
print([*range(3), *'ab'], (*[1], 2), sorted({*'aa', 'b'}), {**{'a': 1}, 'b': 2}, [*[], *()])
def g(*args, **kw): return args, kw
print(g(*[1, 2], *(3,), **{'a': 1}, b=2), g(*'ab'))
t(lambda: g(**{1: 2}))
t(lambda: g(**{'a': 1}, a=2))
t(lambda: g(*1))
t(lambda: g(**[1]))
t(lambda: print(*None))
d = {}
d['x'], d['y'] = 1, 2; print(d)
l = [0, 0, 0]; l[0], l[2] = 'a', 'c'; print(l)
i = 0; l = [10, 20]; i, l[i] = 1, 99; print(i, l)
x = y = z = []; x.append(1); print(y, z is x)
a = b = 5; a += 1; print(a, b)
first, *_ = 'hello'; print(first, _)
print(*[1, 2], sep='-')
t(lambda: exec('a, *b, *c = 1, 2, 3'))
t(lambda: exec('*a = 1, 2'))
*a, = 1, 2; print(a)
print({'a': 1, **{'a': 2}}, dict(**{'x': 1}, y=2))
t(lambda: dict(**{'x': 1}, x=2))
def kw_only(a, *, b): return a, b
t(lambda: kw_only(1, 2))
t(lambda: kw_only(1))
print(kw_only(1, b=2), kw_only(b=2, a=1))
