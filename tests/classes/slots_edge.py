def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'), type(P.x).__name__, P.__slots__)
t(lambda: p.y)
t(lambda: setattr(p, 'z', 1))
del p.x
t(lambda: p.x)
t(lambda: delattr(p, 'x'))
class Q(P):
    pass
q = Q(2); q.z = 3; print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(1); r.w = 2; print(r.x, r.w)
t(lambda: setattr(r, 'v', 1))
class S:
    __slots__ = ('__dict__', 'a')
s = S(); s.a = 1; s.b = 2; print(s.a, s.__dict__)
class T:
    __slots__ = 'single'
tt = T(); tt.single = 'one'; print(tt.single, T.__slots__)
t(lambda: type('Bad', (), {'__slots__': ('a',), 'a': 1}))
class U:
    __slots__ = ()
print(U().__class__.__name__)
t(lambda: setattr(U(), 'x', 1))
class V:
    __slots__ = ['a', 'b']
    def __repr__(self): return f'V({getattr(self, "a", None)})'
print(V(), [V() for _ in range(1)])
t(lambda: type('X', (int,), {'__slots__': ('a',)}))
