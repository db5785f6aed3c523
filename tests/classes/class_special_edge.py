def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    x = 1
    def __repr__(self): return 'A()'
print(A.__name__, A.__qualname__, A.__module__, A.__bases__, A.__base__, A.__mro__, A.__dict__['x'], type(A.__dict__).__name__)
print(A().__class__, A().__class__.__name__, type(A()) is A, isinstance(A(), object), A.__doc__)
class B(A):
    "doc B"
print(B.__doc__, B.__bases__, issubclass(B, A), issubclass(B, (int, A)), B.__subclasses__(), A.__subclasses__())
a = A(); a.y = 2; print(a.__dict__, vars(a), 'y' in dir(a), 'x' in dir(a), hasattr(a, '__dict__'))
a.__dict__['z'] = 3; print(a.z)
t(lambda: setattr(a, '__dict__', 5))
a.__dict__ = {'w': 1}; print(a.w, hasattr(a, 'y'))
a.__class__ = B; print(type(a).__name__, a.__class__.__doc__)
t(lambda: setattr(a, '__class__', int))
class C:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print('init', v)
c = C(5)
class D:
    def __new__(cls): return 42
print(D())
class E:
    def __init__(self): return None
E()
class F:
    def __init__(self): return 1
t(F)
t(lambda: object.__new__(int))
class G:
    __slots__ = ()
t(lambda: setattr(G(), 'a', 1))
print(type('Dyn', (A,), {'q': 5})().q, type('Dyn', (), {}).__name__, type(int).__name__)
class H:
    def __eq__(self, o): return True
print(H() == 1, H() != 1, H.__hash__ is None, 1 == H())
class I:
    def __eq__(self, o): return NotImplemented
i = I(); print(i == i, i == 1, i != i)
class J:
    def __ne__(self, o): return 'ne-called'
print(J() != 1, J() == J())
class K:
    def __call__(self, *a, **k): return ('called', a, k)
print(K()(1, b=2), callable(K()), callable(K))
class L:
    def __getitem__(self, k): return k
print(L()[1], L()[1:2], L()[1, 2], L()[...], L()[:, 1])
class M:
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
m = M(); m[1] = 2; m[1:2] = 3; del m[0]; del m[::2]
class N:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(N()), len(N()), list(reversed(N())), 2 in N())
class O:
    def __repr__(self): return 'O-repr'
print(O(), str(O()), f'{O()}', [O()], format(O()))
class P:
    def __str__(self): return 'P-str'
print(P(), repr(P()).startswith('<__main__.P object at'), '%s' % P(), '{}'.format(P()))
class Q:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Q()), not Q(), 'yes' if Q() else 'no')
class R:
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class S(R, x=1): pass
class T(S): pass
print(type(object.__init_subclass__).__name__, type.__init_subclass__ is not None)
class U:
    @property
    def __class__(self): return int
print(isinstance(U(), int), type(U()).__name__)
