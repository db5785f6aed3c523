class A:
    def __eq__(self, o): return True
class B(A):
    pass
class C(A):
    __hash__ = object.__hash__
class D:
    def __hash__(self): return 1
class E(D):
    def __eq__(self, o): return False
print(A.__hash__, B.__hash__, C.__hash__ is object.__hash__, D.__hash__ is not None, E.__hash__)
for cls in (A, B, C, D, E):
    try:
        hash(cls()); print(cls.__name__, 'hashable')
    except TypeError as e:
        print(cls.__name__, 'TypeError', e)
class F:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
f1, f2 = F(), F()
print(f1 == f1, f1 == f2, f1 != f2, f1 != f1)
class G:
    def __lt__(self, o): return 'G.lt'
    def __gt__(self, o): return 'G.gt'
print(G() < 1, 1 < G(), G() > 1, 1 > G())
try:
    G() <= 1
except TypeError as e:
    print('TypeError', e)
