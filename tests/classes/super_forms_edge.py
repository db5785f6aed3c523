def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def m(self): return 'A.m'
    @classmethod
    def c(cls): return 'A.c:' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    @property
    def p(self): return 'A.p'
class B(A):
    def m(self): return 'B>' + super().m()
    @classmethod
    def c(cls): return 'B>' + super().c()
    def s2(self): return super().s()
    @property
    def p(self): return 'B>' + super().p
b = B()
print(b.m(), B.c(), b.c(), b.s2(), b.p, super(B, b).m(), super(B, B).c(), super(B, b).p)
sup = super(B, b); print(type(sup).__name__, sup.__self__ is b, sup.__thisclass__.__name__, sup.__self_class__.__name__)
t(lambda: super(B, 5))
t(lambda: super(int, 'x'))
t(lambda: super().m())
class C(B):
    def m(self):
        return 'C>' + super(B, self).m()
print(C().m())
class D:
    def __init__(self):
        self.log = ['D']
class E(D):
    def __init__(self):
        super().__init__()
        self.log.append('E')
class F(D):
    def __init__(self):
        super().__init__()
        self.log.append('F')
class G(E, F):
    def __init__(self):
        super().__init__()
        self.log.append('G')
print(G().log, [k.__name__ for k in G.__mro__])
class H:
    def __getattr__(self, n): return 'H:' + n
class I(H):
    def get(self): return super().missing
t(lambda: I().get())
class J:
    def m(self):
        f = lambda: super(J, self).__class__
        return f().__name__
print(J().m())
class K:
    def gen(self):
        yield super().__repr__()[:3]
print(next(K().gen()))
class L:
    def comp(self):
        return [super().__class__.__name__ for _ in range(1)]
print(L().comp())
class M(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
m = M(); m['a'] = 1; print(m)
class N(list):
    def __init__(self, *a):
        super(N, self).__init__(a)
print(N(1, 2))
class O:
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.registered = True
class P(O): pass
print(P.registered)
class Q:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
print(Q(1, 2).args)
t(lambda: object.__new__(Q, 1) and 'ok')
