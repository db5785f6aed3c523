def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
# integer/str conversions
print(int('  -0b101  ', 0), int('0_7', 0) if False else 7, int('1' * 50), str(-10**30), repr(10**20), format(-10**25, ','), hex(-(2**100)))
t(lambda: int('0b', 0))
t(lambda: int('0x_'))
t(lambda: int('1__0'))
# bool arithmetic/identity
print(True & False, True | False, True ^ True, ~False, True << 3, type(True & True).__name__, type(True + 0).__name__, str(True), repr(False), int(True), float(False))
# None comparisons
t(lambda: None < 1)
print(None == 0, None != None, bool(None), repr(None), str(None), type(None)())
# augmented assignment on subscripts/attrs evaluates target once
class Counter:
    def __init__(self): self.n = 0; self.d = {'k': 0}
    def __getitem__(self, k): print('get', k); return self.d[k]
    def __setitem__(self, k, v): print('set', k, v); self.d[k] = v
c = Counter()
c['k'] += 5
print(c.d)
def key():
    print('key evaluated'); return 'k'
c[key()] += 1
lst = [1, 2]
def idx(): print('idx'); return 0
lst[idx()] *= 10; print(lst)
# chained assignment order
class Rec:
    def __setattr__(self, n, v): print('setattr', n); object.__setattr__(self, n, v)
r = Rec(); r.a = r.b = 1
x = y = []; x.append(1); print(y)
# evaluation order
def p(v): print('eval', v); return v
d = {p('k1'): p('v1'), p('k2'): p('v2')}
f = (lambda *a, **k: a)(p(1), p(2), *[p(3)], k=p(4))
print(p(1) + p(2) * p(3))
l = [p(1), p(2)][p(0)]
print(p('a') if p(True) else p('b'))
z = p(1) < p(2) < p(3)
print(z)
def deco(name):
    print('deco factory', name)
    def d(fn): print('decorating', name); return fn
    return d
@deco('outer')
@deco('inner')
def func(): pass
class Meta(type):
    def __new__(m, n, b, ns):
        print('meta new', n, [k for k in ns if not k.startswith('__')]); return super().__new__(m, n, b, ns)
class K(metaclass=Meta):
    print('class body')
    x = p('class attr')
a, b = p(1), p(2)
[p(i) for i in range(2)]
print({p('s1'), p('s2')} == {1} if False else '')
def defaults(a=p('default a'), *, b=p('default b')): pass
lam = lambda q=p('lam default'): q
