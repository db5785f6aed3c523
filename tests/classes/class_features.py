def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): "doc of x"; return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print('del x')
p = P(); p.x = 5; print(p.x); del p.x; print(P.x.__doc__, type(P.x).__name__)
class Q:
    @property
    def ro(self): return 1
q = Q()
t(lambda: setattr(q, 'ro', 2))
t(lambda: delattr(q, 'ro'))
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
t(lambda: setattr(s, 'c', 1))
t(lambda: s.b)
print(S.__slots__, hasattr(s, '__dict__'))
class G:
    def __getattr__(self, name):
        if name == 'magic': return 42
        raise AttributeError(name)
g = G(); print(g.magic); t(lambda: g.other)
class GA:
    def __getattribute__(self, name):
        if name == 'x': return 'intercepted'
        return object.__getattribute__(self, name)
ga = GA(); ga.y = 3; print(ga.x, ga.y)
class SA:
    def __setattr__(self, name, v):
        print('set', name, v); object.__setattr__(self, name, v * 2)
    def __delattr__(self, name):
        print('del', name); object.__delattr__(self, name)
sa = SA(); sa.v = 2; print(sa.v); del sa.v; t(lambda: sa.v)
class CG:
    def __class_getitem__(cls, item): return f"CG[{item}]"
print(CG[int], CG[1, 2])
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class D1(Base): pass
class D2(Base, tag='x'): pass
print(Base.subs)
class Desc:
    def __set_name__(self, owner, name): self.name = name; print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, v): obj.__dict__[self.name] = v * 10
class U:
    a = Desc()
    b = Desc()
u = U(); print(u.a); u.a = 2; print(u.a, U.a.name)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw); return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print('call', a); return super().__call__(*a)
class M(metaclass=Meta, flag=True):
    def f(self): pass
m = M(); print(M.injected, type(M).__name__, isinstance(M, Meta))
class N:
    def __new__(cls, *args):
        print('new', cls.__name__, args); inst = super().__new__(cls); return inst
    def __init__(self, v): self.v = v
n = N(3); print(n.v)
class Other: pass
class N2:
    def __new__(cls): return Other()
    def __init__(self): print('never')
print(type(N2()).__name__)
class A: 
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class DD(B, C):
    def who(self): return 'D' + super(B, self).who()
print(DD().who(), [k.__name__ for k in DD.__mro__], DD.mro() == list(DD.__mro__))
t(lambda: type('X', (A, B), {}))
class X: pass
class Y(X): pass
t(lambda: type('Z', (X, Y), {}))
class Cnt:
    count = 0
    def __init__(self): Cnt.count += 1
Cnt(); Cnt(); print(Cnt.count, Cnt().count)
class Doc:
    "The doc."
    def m(self): "mdoc"
print(Doc.__doc__, Doc.m.__doc__, Doc.__name__, Doc.__qualname__, Doc.__module__, Doc.m.__qualname__)
def outer():
    class Inner:
        def meth(self): pass
    return Inner
print(outer().__qualname__, outer().meth.__qualname__)
print(sorted(k for k in Doc.__dict__ if not k.startswith('__')), type(Doc.__dict__).__name__)
t(lambda: Doc.__dict__.__setitem__('x', 1))
class St:
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return (cls.__name__, x)
print(St.s(1), St().s(2), St.c(3), St().c(4))
print(type(St.__dict__['s']).__name__, type(St.__dict__['c']).__name__, St.__dict__['s'].__func__(5))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2))
t(lambda: hash(Eq(1)))
print(Eq.__hash__)
class Rep:
    def __repr__(self): return 'Rep!'
print(Rep(), str(Rep()), [Rep()], f"{Rep()}", '%s' % Rep())
class Str:
    def __str__(self): return 'Str!'
print(Str(), repr(Str())[:5])
print(object().__class__, type(type), type(object), object.__bases__, type.__bases__)
print(A.__subclasses__() if hasattr(A, '__subclasses__') else '')
print(isinstance(DD(), A), issubclass(DD, (int, C)), DD.__base__.__name__, DD.__bases__)
