class A:
    __x = 1
    def __m(self): return 'A.__m'
    def get(self): return self.__x, self.__m(), A.__x
    def set_(self): self.__y = 5; return self.__dict__
class B(A):
    __x = 2
    def get_b(self): return self.__x, getattr(self, '_A__x'), self._B__x
a = A(); print(a.get(), a.set_(), A._A__x, hasattr(A, '__x'))
print(B().get(), B().get_b(), sorted(k for k in vars(B) if 'x' in k))
class C:
    def __init__(self): self.__priv = 1
    def __dunder__(self): return 'not mangled'
c = C(); print(c._C__priv, c.__dunder__(), [k for k in vars(c)])
try:
    c.__priv
except AttributeError as e:
    print('AttributeError', e)
class _Under:
    __v = 3
    def g(self): return self.__v
print(_Under().g(), hasattr(_Under, '_Under__v'))
class __Dbl:
    __v = 4
    def g(self): return self.__v
print(__Dbl().g(), [k for k in vars(__Dbl) if k.endswith('v')])
class D:
    def m(self):
        __local = 5
        return __local, [__z for __z in range(2)]
print(D().m())
class E:
    __slots__ = ('__s',)
    def __init__(self): self.__s = 6
print(E()._E__s, E.__slots__)
def f(): return 'mangle only in classes'
class F:
    def call(self): return __import__('math').floor(1.5)
print(F().call())
