def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(hash(0) == hash(0.0) == hash(False), hash(1) == hash(True) == hash(1.0) == hash(1 + 0j), hash(-1) == -2, hash(-2) == -2)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 62), hash(10 ** 20), hash(-10 ** 20), hash(0.5), hash(-0.5), hash(1.5), hash(1e-300) > 0)
print(hash(float('inf')), hash(float('-inf')), hash(2.5) == hash(5 / 2), hash(0.1), hash(1e20), hash(-1e20), hash(3.0 ** 40) == hash(3 ** 40))
print(hash(1j), hash(1 + 1j), hash(-1j), hash(complex(0.5, 2)), hash((1, 2)), hash((1, (2, 3))), hash(()), hash((0,)), hash(frozenset()), hash(frozenset([1, 2])))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(int) == hash(int), hash(range(3)) == hash(range(0, 3)))
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, A) and self.v == o.v
    def __hash__(self): return hash(self.v)
s = {A(1), A(1), A(2)}; print(len(s), A(1) in s, {A(1): 'x'}[A(1)])
class B:
    def __hash__(self): return 'nope'
t(lambda: hash(B()))
class C:
    def __hash__(self): return 2 ** 100
print(hash(C()) == hash(2 ** 100))
class D:
    def __hash__(self): return -1
print(hash(D()))
class E(int): pass
print(hash(E(5)) == hash(5), E(5) == 5, {E(5): 1}[5])
class F:
    __hash__ = None
t(lambda: hash(F()))
t(lambda: {F()})
class G:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(type(hash(G())).__name__, G() == 5)
class H(A):
    def __eq__(self, o): return False
print(H.__hash__ is None, A.__hash__ is not None)
t(lambda: hash(H(1)))
print(hash(True), hash(2 ** 31), hash(-2 ** 31), hash(2 ** 63), hash(-2 ** 63), hash(2 ** 64 + 5))
print(hash(1e100) == hash(int(1e100)), hash(float(2 ** 80)) == hash(2 ** 80), hash(0.0) == hash(-0.0))
d = {1: 'int'}; d[1.0] = 'float'; d[True] = 'bool'; print(d, {1.0: 'f', 1: 'i'})
print({0.0, 0, -0.0, False}, {1, 1.0, True, 1 + 0j})
nan = float('nan')
print(nan in [nan], nan is nan, nan == nan, [nan] == [nan], {nan: 1}.get(nan), (nan,).count(nan), [1, nan].index(nan))
