class Desc:
    def __get__(self, obj, objtype=None):
        return ('get', obj is None, objtype.__name__)
    def __set__(self, obj, value):
        obj.__dict__['_d'] = value
class NonData:
    def __get__(self, obj, objtype=None): return 'nondata'
class C:
    d = Desc()
    n = NonData()
c = C()
print(c.d, C.d)
c.d = 5; print(c.__dict__)
c.n2 = 1
c.__dict__['n'] = 'inst'; print(c.n)
c.__dict__['d'] = 'inst'; print(c.d)
class Ga:
    def __getattr__(self, name):
        if name.startswith('x'): return name.upper()
        raise AttributeError(name)
g = Ga(); g.real = 1
print(g.xyz, g.real, getattr(g, 'nope', 'dflt'), hasattr(g, 'xa'), hasattr(g, 'b'))
class Gab:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if name == 'secret': return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback:' + name
gb = Gab(); print(gb.a, gb.secret, gb.other)
class Sa:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
s = Sa(); s.x = 3; print(s.x); del s.x; print(hasattr(s, 'x'))
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.count = -1
Counter(); Counter(); print(Counter.count, Counter().count)
class Fn:
    def m(self): return 1
print(Fn.m.__name__, Fn().m.__self__.__class__.__name__, Fn().m.__func__ is Fn.m, Fn.__dict__['m'] is Fn.m)
class CM:
    @classmethod
    def c(cls): return cls
    @staticmethod
    def s(): return 's'
print(CM.c() is CM, CM().c() is CM, CM.s(), type(CM.__dict__['c']).__name__, type(CM.__dict__['s']).__name__, CM.__dict__['s'].__func__())
print(vars(c), sorted(vars(C).keys() - {'__module__', '__dict__', '__weakref__', '__doc__', '__qualname__'}))
try:
    vars(1)
except TypeError as e:
    print('TypeError', e)
class Pr:
    def _g(self): return 'g'
    p = property(_g, doc='my doc')
print(Pr().p, Pr.p.__doc__, Pr.p.fset, Pr.p.getter(lambda self: 'g2').__get__(Pr()))
try:
    Pr().p = 1
except AttributeError as e:
    print('AttributeError', e)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); setattr(obj, self.f.__name__, v); return v
class UL:
    @Lazy
    def val(self):
        print('computing'); return 7
u = UL(); print(u.val, u.val, type(UL.val).__name__)
