# Statement forms from CPython test_grammar.
def f1(): pass
def f2(one_argument): pass
def f3(two, arguments): pass
def a1(one_arg,): pass
def a2(two, args,): pass
def v0(*rest): return rest
def v1(a, *rest): return a, rest
def v2(a, b, *rest): return a, b, rest
print(f1(), f2(1), f3(1, 2), a1(1), a2(1, 2))
print(v0(), v0(1), v0(1, 2), v1(1), v1(1, 2, 3), v2(1, 2), v2(1, 2, 3, 4))
def d01(a=1): return a
def d11(a, b=1): return a, b
def d21(a, b, c=1): return a, b, c
def d02(a=1, b=2): return a, b
def d12(a, b=1, c=2): return a, b, c
def d01v(a=1, *rest): return a, rest
def d11v(a, b=1, *rest): return a, b, rest
def d02v(a=1, b=2, *rest): return a, b, rest
print(d01(), d01(5), d01(*(7,)), d01(**{'a': 9}))
print(d11(1), d11(1, 2), d11(1, **{'b': 3}))
print(d21(1, 2), d21(1, 2, 3), d21(*(1, 2, 3)), d21(1, *(2, 3)))
print(d02(), d02(1), d02(1, 2), d02(*(1, 2)), d02(1, *(2,)), d02(1, **{'b': 2}), d02(**{'a': 1, 'b': 2}))
print(d12(1), d12(1, 2), d12(1, 2, 3))
print(d01v(), d01v(1), d01v(1, 2), d01v(*(1, 2, 3, 4)), d01v(*(1,)))
print(d11v(1), d11v(1, 2), d11v(1, 2, 3))
print(d02v(), d02v(1), d02v(1, 2), d02v(1, 2, 3), d02v(1, *(2, 3, 4)))
def pos0key1(*, key): return key
def pos2key2(p1, p2, *, k1, k2=100): return p1, p2, k1, k2
def pos2key2dict(p1, p2, *, k1=100, k2, **kwarg): return p1, p2, k1, k2, kwarg
print(pos0key1(key=100), pos2key2(1, 2, k1=100), pos2key2(1, 2, k1=100, k2=200))
print(pos2key2dict(1, 2, k2=100, tokwarg1=100, tokwarg2=200))
print(pos2key2dict(1, 2, tokwarg1=100, tokwarg2=200, k2=100))
def pos_only(a, b, /, c, *, d): return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print('TypeError', e)
# annotations
def ann(a: int, b: 'str' = 'x', *c: float, d: list = None, **e: dict) -> tuple: pass
print(sorted(ann.__annotations__.items()))
# lambda forms
l1 = lambda: 0
l2 = lambda: a[d]
l3 = lambda: [2 < x for x in [-1, 3, 0]]
print(l1(), l3())
l4 = lambda x=lambda y=lambda z=1: z: y(): x()
print(l4())
l5 = lambda x, y, z=2: x + y + z
print(l5(1, 2), l5(1, 2, 3))
l6 = lambda x, *, y: x + y
print(l6(1, y=2))
# simple stmts
x = 1; pass; del x
def foo():
    # verify statements that end with semi-colons
    x = 1; pass; del x;
foo()
# expr_stmt
x = 1
x = 1, 2, 3
x = y = z = 1, 2, 3
x, y, z = 1, 2, 3
abc = a, b, c = x, y, z = xyz = 1, 2, (3, 4)
print(abc, a, b, c, x, y, z, xyz)
# del
abc = [1, 2, 3]
x, y, z = abc
xyz = x, y, z
del abc
del x, y, (z, xyz)
x, y, z = "xyz"
a, b = [1, 2]
[c, d] = 3, 4
del (a, b), [c, d]
for n in ['abc', 'x', 'a', 'c']:
    print(n, n in dir())
# pass in if/while/for
if 1: pass
if 1:
    pass
else:
    pass
while 0: pass
for _ in []: pass
# global / nonlocal
def g():
    global gg, hh
    gg = 1; hh = 2
g(); print(gg, hh)
# assert
assert 1, 1
assert lambda x: x
assert 1, lambda x: x + 1
try:
    assert 0, "msg"
except AssertionError as e:
    print(repr(e))
try:
    assert True
except AssertionError:
    print('bad')
# if/elif chains
for i in range(4):
    if i == 0: print('zero')
    elif i == 1: print('one')
    elif i == 2: print('two')
    else: print('other')
# while else
i = 0
while i < 3:
    i += 1
else:
    print('while-else', i)
while i:
    i -= 1
    if i == 1: break
else:
    print('not reached')
print('after', i)
# for-else
for i in range(3): pass
else: print('for-else', i)
class Squares:
    def __init__(self, max):
        self.max = max
        self.sofar = []
    def __len__(self): return len(self.sofar)
    def __getitem__(self, i):
        if not 0 <= i < self.max: raise IndexError
        n = len(self.sofar)
        while n <= i:
            self.sofar.append(n*n)
            n = n+1
        return self.sofar[i]
n = 0
for x in Squares(10): n = n+x
print(n)
result = []
for x, in [(1,), (2,), (3,)]:
    result.append(x)
print(result)
