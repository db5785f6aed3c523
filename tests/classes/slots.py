def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    __slots__ = ['x', 'y']
    def __init__(self): self.x = 1
a = A()
print(a.x)
t(lambda: a.y)
a.y = 2; print(a.y); del a.y; t(lambda: a.y)
t(lambda: a.__dict__)
t(lambda: vars(a))
t(lambda: setattr(a, 'z', 3))
print(type(A.x).__name__ in ('member_descriptor', 'getset_descriptor'))
class B(A):
    __slots__ = 'z'
b = B(); b.z = 1; b.x = 2; print(b.z, b.x)
t(lambda: setattr(b, 'w', 1))
class C(A): pass
c = C(); c.w = 5; print(c.w, c.__dict__["w"])
class D:
    __slots__ = ('a', '__dict__')
d = D(); d.a = 1; d.b = 2; print(d.a, d.b, d.__dict__["b"])
class E:
    __slots__ = ()
t(lambda: setattr(E(), 'q', 1))
t(lambda: type('F', (), {'__slots__': ('a',), 'a': 1}))
class P:
    __slots__ = ('__priv',)
    def __init__(self): self.__priv = 7
    def get(self): return self.__priv
print(P().get(), hasattr(P, '_P__priv'))
class Q:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return 'Q(%r)' % self.v
print(Q(1) == Q(1), [Q(2)], Q.__slots__)
