class P:
    __cv = 5
    def __init__(self): self.__x = 1
    def get(self): return self.__x, P.__cv, self.__m()
    def __m(self): return 'm'
    def g2(self):
        __local = 3
        return __local
p = P()
print(p._P__x, p.get(), P._P__cv, hasattr(p, '__x'), p.g2(), sorted(k for k in P.__dict__ if 'P' in k))
class _Under:
    def __init__(self): self.__y = 2
print(_Under()._Under__y)
def f(): 
    class Q:
        def __z(self): return 1
        def call(self): return self.__z()
    return Q().call()
print(f())
