def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    cls_attr = 'c'
    def __init__(self): self.inst = 'i'
a = A()
print(getattr(a, 'inst'), getattr(a, 'cls_attr'), getattr(A, 'cls_attr'), getattr(a, 'nope', None), hasattr(A, 'inst'))
setattr(a, 'new', 1); setattr(A, 'cnew', 2); print(a.new, a.cnew, A.cnew)
delattr(a, 'new'); delattr(A, 'cnew'); print(hasattr(a, 'new'), hasattr(A, 'cnew'))
t(lambda: delattr(a, 'never'))
t(lambda: delattr(A, 'never'))
t(lambda: getattr(a, 'never'))
t(lambda: A.never)
t(lambda: setattr(a, 1, 2))
t(lambda: getattr(a, None))
class G:
    def __getattr__(self, n):
        if n == 'boom': raise KeyError('inner')
        raise AttributeError(f'custom {n}')
t(lambda: G().boom)
t(lambda: G().x)
print(hasattr(G(), 'x'), getattr(G(), 'x', 'dflt'))
t(lambda: hasattr(G(), 'boom'))
class P:
    @property
    def bad(self): raise AttributeError('from property')
    def __getattr__(self, n): return 'fallback ' + n
print(P().bad)
class Q:
    @property
    def bad(self): raise AttributeError('from property')
t(lambda: Q().bad)
print(hasattr(Q(), 'bad'))
class R:
    x = 1
r = R(); r.x = 2; del r.x; print(r.x)
t(lambda: delattr(r, 'x'))
print(dir(r)[-1], 'x' in dir(R), '__init__' in dir(r), sorted(set(dir(1)) & {'real', 'imag'}))
class D:
    def __dir__(self): return ['b', 'a']
print(dir(D()))
import math
print(getattr(math, 'pi') == math.pi, hasattr(math, 'nope'))
t(lambda: math.nope)
t(lambda: setattr(math, 'pi2', 1) or math.pi2)
class SA:
    def __setattr__(self, k, v):
        if k == 'ro': raise AttributeError('read only ' + k)
        super().__setattr__(k, v)
s = SA(); s.ok = 1; print(s.ok)
t(lambda: setattr(s, 'ro', 1))
print(type(a).__dict__['cls_attr'], A.__dict__.get('inst'), 'inst' in a.__dict__)
t(lambda: A.__dict__.__setitem__('x', 1))
t(lambda: setattr(A.__dict__, 'x', 1))
