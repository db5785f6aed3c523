# Changing classes after creation: special methods added to a base, __bases__ assignment, readonly type attributes.
class A: pass
class B(A): pass
b = B()
A.__getattr__ = lambda self, n: 'dyn ' + n
print(b.foo)
A.__setattr__ = lambda self, n, v: print('set', n, v)
b.x = 1
class C: pass
class D(C): pass
C.__del__ = lambda self: print('del C')
d = D()
del d
print('after del')
A.__getattribute__ = lambda self, n: 'ga ' + n
print(b.zzz)
del A.__getattribute__
print(b.zzz)
del A.__getattr__
try:
    b.q
except AttributeError as e:
    print('AE', e)
del A.__setattr__
b.y = 2
print(b.y)
A.__len__ = lambda self: 42
A.__eq__ = lambda self, o: 'eq!'
A.__iter__ = lambda self: iter('ab')
print(len(b), b == 1, list(b))
A.__repr__ = lambda self: 'B-repr'
print(b, [b])
# __bases__ assignment
class P:
    def f(self): return 'P'
class Q:
    def f(self): return 'Q'
class R(P): pass
r = R()
print(r.f(), R.__mro__)
R.__bases__ = (Q,)
print(r.f(), R.__mro__, R.__base__)
class S(R): pass
R.__bases__ = (P, Q)
print(S().f(), S.__mro__, isinstance(r, P), issubclass(S, Q))
for bad in [(), (S,), (1,), [P], (P, P)]:
    try:
        R.__bases__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print('TypeError', e)
class E1: pass
class E2: pass
try:
    E2.__bases__ = (E1,)
except TypeError as e:
    print('TypeError', e)
class L1(list): pass
class L2(list): pass
class L3(L1): pass
L3.__bases__ = (L2,)
print(L3.__mro__, L3([1, 2]))
try:
    L3.__bases__ = (P,)
except TypeError as e:
    print('TypeError', e)
class Sl1:
    __slots__ = ('x',)
class Sl2:
    __slots__ = ('y',)
class Sl3(Sl1): pass
try:
    Sl3.__bases__ = (Sl2,)
except TypeError as e:
    print('TypeError', e)
class Mixed(P, int): pass
print(Mixed.__base__, Mixed.__bases__)
for name in ['__mro__', '__base__', '__dict__']:
    try:
        setattr(P, name, ())
    except AttributeError as e:
        print('AttributeError', name, e)
P.__doc__ = 'new doc'
print(P.__doc__)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print('TypeError', e)
P.__name__ = 'Renamed'
P.__qualname__ = 'Outer.Renamed'
print(P, P.__name__)
try:
    P.__name__ = 5
except TypeError as e:
    print('TypeError', e)
