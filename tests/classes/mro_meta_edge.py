def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, D()).who(), super(C, D()).who())
t(lambda: type('X', (A, B), {}))
class E: pass
t(lambda: type('Y', (E, E), {}))
class Base:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(x): return x * 2
class Sub(Base):
    @classmethod
    def make(cls): return 'sub:' + super().make()
print(Sub.make(), Sub().make(), Sub.st(2), Sub().st(3), Base.make())
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 10
    @x.deleter
    def x(self): print('deleted')
p = P(); p.x = 2; print(p.x); del p.x
class RO:
    @property
    def y(self): return 1
t(lambda: setattr(RO(), 'y', 2))
t(lambda: delattr(RO(), 'y'))
print(type(P.x).__name__, P.x.fget.__name__, P.x.__doc__)
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = 1
t(lambda: setattr(s, 'c', 3))
t(lambda: s.b)
print(s.a, hasattr(s, '__dict__'))
class WithSuperNoArg:
    def m(self):
        return super().__repr__ is not None
print(WithSuperNoArg().m())
def outside(self): return super().who()
t(lambda: outside(B()))
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag', 'none')
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print('meta call', cls.__name__, a)
        return super().__call__(*a)
class M(metaclass=Meta, tag='t1'):
    def __init__(self, v): self.v = v
m = M(5); print(M.tag, m.v, type(M).__name__, isinstance(M, Meta))
class Init:
    def __init_subclass__(cls, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class I1(Init, flag=True): pass
class I2(Init): pass
print(I1.flag, I2.flag)
t(lambda: type('I3', (Init,), {}, bad=1))
class Named:
    def __set_name__(self, owner, name): self.name = owner.__name__ + '.' + name
    def __get__(self, obj, owner=None): return self.name if obj is not None else 'cls:' + self.name
class Own:
    attr = Named()
print(Own().attr, Own.attr)
class G:
    def __class_getitem__(cls, item): return f'G[{item}]'
print(G[int], G['x'])
print(list[int], dict[str, int], type(list[int]).__name__, list[int]().__class__.__name__)
