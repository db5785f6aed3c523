def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x) if o != 0 else self
    def __iadd__(self, o): self.x += 100; return self
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return ('rsub', o)
    def __mul__(self, o): return V(self.x * o)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x)
    def __pos__(self): return self
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __len__(self): return abs(self.x)
    def __matmul__(self, o): return 'matmul'
    def __floordiv__(self, o): return 'fd'
    def __truediv__(self, o): return 'td'
    def __mod__(self, o): return 'mod'
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __lshift__(self, o): return 'lsh'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __divmod__(self, o): return 'dm'
    def __round__(self, n=None): return ('round', n)
    def __index__(self): return self.x
print(V(1) + V(2), V(1) + 5, 5 + V(1), sum([V(1), V(2)]), V(3) * 2, 2 * V(3), -V(2), +V(2), abs(V(-4)), ~V(0))
v = V(1); v += 1; print(v)
print(1 - V(1), V(1) @ V(2), V(1) // 2, V(1) / 2, V(1) % 2, V(2) ** 3, pow(V(2), 3, 5), 2 ** V(3), V(1) << 1, V(1) & 1, V(1) | 1, V(1) ^ 1, divmod(V(1), 2), round(V(1)), round(V(1), 2))
t(lambda: V(1) - V(2))
t(lambda: V(1) - 1)
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), sorted([V(3), V(1), V(2)]), max(V(3), V(1)))
t(lambda: V(1) <= V(2))
print(bool(V(0)), bool(V(3)), len(V(-3)), {V(1): 'a'}[V(1)], [10, 20, 30][V(1)], bin(V(5)), hex(V(255)), range(10)[V(2)])
class NoHash:
    def __eq__(self, o): return True
t(lambda: hash(NoHash()))
t(lambda: {NoHash()})
print(NoHash.__hash__)
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), not LenOnly())
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
t(lambda: bool(BadLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class Cont:
    def __contains__(self, x): return x == 3
    def __iter__(self): return iter([1, 2])
print(3 in Cont(), 1 in Cont(), 4 not in Cont())
class ItOnly:
    def __iter__(self): return iter([1, 2])
print(2 in ItOnly(), 5 in ItOnly())
class GetItem:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
print(list(GetItem()), 20 in GetItem(), 99 in GetItem())
t(lambda: 1 in 5)
class Rev:
    def __eq__(self, o): print('Rev.eq'); return 'reveq'
print(1 == Rev(), Rev() == 1)
class Cmp1:
    def __lt__(self, o): return 'lt'
class Cmp2(Cmp1):
    def __gt__(self, o): return 'gt-sub'
print(Cmp1() < Cmp2())
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(IntLike()), float(IntLike()), complex(IntLike()))
t(lambda: [1, 2][IntLike()])
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], 'abc'[Idx():], int(Idx()), range(Idx()), bin(Idx()), (5).__mul__(Idx()) if False else 5 * Idx() if False else 0)
