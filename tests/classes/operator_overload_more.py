# Binary/in-place/reflected operator dispatch rules.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'V%r' % (self.c,)
    def __add__(self, o):
        if isinstance(o, V): return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)): return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k): return V(*[a * k for a in self.c]) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __neg__(self): return V(*[-a for a in self.c])
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iadd__(self, o):
        self.c = (self + o).c
        return self
v, w = V(1, 2), V(3, 4)
print(v + w, v + 1, 1 + v, v * 2, 2 * v, v @ w, -v, v == V(1, 2), v != w, len(v), v[1], v[::-1])
u = v
u += w
print(u is v, v)
try:
    v + 'a'
except TypeError as e:
    print('TypeError', e)
try:
    'a' + v
except TypeError as e:
    print('TypeError', e)
try:
    v @ 1
except AttributeError as e:
    print('AttributeError')
# subclass reflected priority
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Sub2(Base): pass
print(Base() + Sub2())
# in-place fallback to binary
class OnlyAdd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return OnlyAdd(self.n + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.n, y.n, x is y)
# in-place returning NotImplemented falls back
class IaddNI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'add used'
z = IaddNI()
z += 1
print(z)
# all operator names
class All:
    def __getattr__(self, name): raise AttributeError(name)
ops = ['__sub__', '__truediv__', '__floordiv__', '__mod__', '__divmod__', '__pow__', '__lshift__', '__rshift__', '__and__', '__or__', '__xor__']
class Rec:
    pass
for op in ops:
    setattr(Rec, op, (lambda name: lambda self, *a: name)(op))
    setattr(Rec, '__r' + op[2:], (lambda name: lambda self, *a: 'r' + name)(op))
r = Rec()
print(r - 1, r / 1, r // 1, r % 1, divmod(r, 1), r ** 1, pow(r, 1), r << 1, r >> 1, r & 1, r | 1, r ^ 1)
print(1 - r, 1 / r, 1 // r, 1 % r, divmod(1, r), 1 ** r, 1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r)
# pow with modulo calls __pow__ with 3 args
class P3:
    def __pow__(self, e, m=None): return ('pow', e, m)
print(pow(P3(), 2, 5), P3() ** 2)
# comparisons reflected
class Lt:
    def __lt__(self, o): return 'lt'
    def __gt__(self, o): return 'gt'
print(Lt() < 1, 1 < Lt(), Lt() > 1, 1 > Lt())
class Ge:
    def __ge__(self, o): return 'ge'
print(1 <= Ge())
# __eq__ fallback to identity
class NoEq: pass
n = NoEq()
print(n == n, n == NoEq(), n != n)
# __ne__ derived from __eq__
class OnlyEq:
    def __eq__(self, o): return 'eqres'
print(OnlyEq() != 1, OnlyEq() == 1)
# bool ops with custom truth
class T:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    def __repr__(self): return 'T(%s)' % self.v
print(T(True) and T(False), T(False) or T(True), not T(False), T(False) and 1)
# list/tuple/str ops with custom rmul
class RM:
    def __rmul__(self, o): return 'rmul ' + repr(o)
print([1] * RM(), 'ab' * RM(), (1,) * RM())
