def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Base:
    def __init__(self): self.log = ['Base']
    def m(self): return 'Base.m'
    @classmethod
    def cm(cls): return 'cm ' + cls.__name__
    @staticmethod
    def sm(): return 'sm'
    @property
    def p(self): return 'prop'
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Child')
    def m(self): return 'Child.m+' + super().m()
    @classmethod
    def cm(cls): return 'child ' + super().cm()
    @property
    def p(self): return 'child ' + super().p
c = Child()
print(c.log, c.m(), c.cm(), Child.cm(), c.sm(), c.p, super(Child, c).m(), super(Child, Child).cm())
t(lambda: super(Child, 5))
t(lambda: super())
def outside(self): return super().m()
t(lambda: outside(c))
class X:
    def meth(self):
        return __class__
print(X().meth())
class Y:
    def f(self):
        def inner(): return __class__
        return inner()
print(Y().f().__name__)
class Abstract:
    def area(self): raise NotImplementedError('subclass must implement')
t(lambda: Abstract().area())
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self): return f'area={self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
t(lambda: Shape())
print(Sq(3).describe(), isinstance(Sq(1), Shape))
class Incomplete(Shape): pass
t(lambda: Incomplete())
class Counter:
    instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
Counter(); Counter(); print(Counter.instances)
class Attr:
    x = 1
a = Attr(); a.x = 2; print(a.x, Attr.x); del a.x; print(a.x)
t(lambda: delattr(a, 'x'))
Attr.y = 5; print(a.y, hasattr(Attr, 'y'))
class WithClassVar:
    items = []
    def add(self, x): self.items.append(x)
w1, w2 = WithClassVar(), WithClassVar(); w1.add(1); print(w2.items)
class Prop:
    def __init__(self): self._v = 0
    def get(self): return self._v
    def set(self, v): self._v = v * 2
    v = property(get, set, doc='the v')
p = Prop(); p.v = 5; print(p.v, Prop.v.__doc__, Prop.v.fget.__name__)
class Multi(Child, Abstract): pass
print([k.__name__ for k in Multi.__mro__])
class M1(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = 'by meta'
        return super().__new__(mcs, name, bases, ns)
class UsesM1(metaclass=M1): pass
class SubM1(UsesM1): pass
print(UsesM1.added, SubM1.added, type(SubM1).__name__)
class Slotted:
    __slots__ = ['a']
t(lambda: Slotted().__dict__)
class Str:
    def __init__(self, v): self.v = v
    def __str__(self): return f'Str({self.v})'
print(str(Str(1)), [Str(2)] if False else '', f'{Str(3)}')
class Callable:
    def __call__(self, x): return x * 2
print(Callable()(4), callable(Callable()))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', None)
    __hash__ = None
t(lambda: {Eq(1)})
print(Eq(1) in [Eq(1)], [Eq(1)].index(Eq(1)), [Eq(1)].count(Eq(1)))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'O{self.v}'
print(sorted([Ord(3), Ord(1)]), min(Ord(2), Ord(1)), max([Ord(5), Ord(9)]))
t(lambda: Ord(1) > 5)
import functools
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(TO(1) <= TO(2), TO(3) >= TO(2), TO(1) > TO(2))
class Getitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(Getitem()), 2 in Getitem(), list(reversed([*Getitem()])))
class Dyn: pass
Dyn.method = lambda self: 'dyn'
print(Dyn().method())
inst = Dyn(); inst.f = lambda: 'inst attr fn'; print(inst.f())
import types
inst.bound = types.MethodType(lambda self: type(self).__name__, inst); print(inst.bound())
print(Dyn.__name__, Dyn.__module__, Dyn.__qualname__, Dyn.__dict__['method'].__name__)
Dyn.__name__ = 'Renamed'; print(Dyn.__name__, Dyn)
