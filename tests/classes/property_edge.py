def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class T:
    def __init__(self): self._t = 0
    def get_t(self): return self._t
    def set_t(self, v):
        if v < 0: raise ValueError('negative')
        self._t = v
    t = property(get_t, set_t, None, 'temperature')
x = T(); x.t = 5; print(x.t, T.t.__doc__, T.t.fget is T.get_t, T.t.fset.__name__, T.t.fdel)
t(lambda: setattr(x, 't', -1))
t(lambda: delattr(x, 't'))
class Base:
    @property
    def v(self): return 'base'
class Derived(Base):
    @Base.v.getter
    def v(self): return 'derived ' + super().v
print(Derived().v, Base().v)
class Cached:
    calls = 0
    @property
    def heavy(self):
        Cached.calls += 1
        return 42
c = Cached(); c.heavy; c.heavy; print(Cached.calls)
class RO:
    __slots__ = ('_v',)
    def __init__(self): self._v = 1
    v = property(lambda self: self._v)
print(RO().v)
t(lambda: setattr(RO(), 'v', 2))
p = property()
t(lambda: p.__get__(1))
print(type(p.__get__(None, int)).__name__, isinstance(T.t, property), property.__name__)
class Sub(property): pass
class U:
    @Sub
    def q(self): return 'sub prop'
print(U().q, type(U.q).__name__)
