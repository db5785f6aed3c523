def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v})'
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __iadd__(self, o): self.v += 100; return self
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return 'rmul'
    def __neg__(self): return V(-self.v)
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __bool__(self): return self.v != 0
    def __len__(self): return 99
    def __contains__(self, x): return x == 'in'
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
    def __call__(self, *a): return ('called', a)
    def __index__(self): return self.v
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __format__(self, spec): return 'fmt:' + spec
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
print(V(1) + V(2), 5 + V(1), V(1) + 5, -V(3), +V(1), ~V(1), abs(V(1)), V(1) @ V(2), 3 @ V(1))
a = V(1); a += 1; print(a)
t(lambda: V(1) * 2)
print(2 * V(1), V(1) < V(2), V(2) > V(1), V(1) == V(1), V(1) != V(2), bool(V(0)), len(V(1)), 'in' in V(1), 'x' in V(1))
print(list(V(1)), V(1)(1, 2), [1,2,3,4][V(1)], round(V(1)), round(V(1), 2), hex(V(255)), bin(V(3)), oct(V(8)))
import math
print(math.trunc(V(1)), math.floor(V(1)), math.ceil(V(1)), format(V(1), 'x'), f'{V(1):abc}', int(V(1)), float(V(1)), complex(V(1)))
print(sorted([V(3), V(1), V(2)]), max(V(3), V(1)), {V(1): 'a'}[V(1)])
t(lambda: V(1) <= V(2))
class NoBool:
    def __len__(self): return 0
print(bool(NoBool()), not NoBool())
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
class BigLen:
    def __len__(self): return 2**100
t(lambda: len(BigLen()))
class FloatLen:
    def __len__(self): return 1.5
t(lambda: len(FloatLen()))
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], 'abcd'[Idx():], range(10)[Idx()], bin(Idx()), (5).__pow__(Idx()))
class BadIdx:
    def __index__(self): return 'x'
t(lambda: [1][BadIdx()])
class Eq:
    def __eq__(self, o): return 'yes'
print(Eq() == 1, Eq() != 1, 1 == Eq(), [Eq()] == [1])
class NoEq: pass
n = NoEq()
print(n == n, n != n, n == NoEq(), n is n)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt called'); return NotImplemented
    def __gt__(self, o): print('gt called'); return NotImplemented
t(lambda: Cmp(1) < Cmp(2))
class Sub(int):
    def __eq__(self, o): return 'sub eq'
    __hash__ = int.__hash__
print(1 == Sub(1), Sub(1) == 1)
class RSub(int):
    def __radd__(self, o): return 'rsub radd'
print(1 + RSub(2), RSub(2) + 1)
class GetItemSlice:
    def __getitem__(self, k): return k
g = GetItemSlice()
print(g[1], g[1:2], g[1:2:3], g[::], g[1, 2], g[...], g[:, 1], g['a'])
class SetItem:
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
s = SetItem(); s[1] = 2; s[1:3] = 'x'; del s[0]; del s[::2]
class Iter:
    def __iter__(self): return self
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Iter()), sum(Iter()), [x for x in Iter()])
class NotIter: pass
t(lambda: iter(NotIter()))
t(lambda: list(5))
t(lambda: next([1]))
class IterNotIterator:
    def __iter__(self): return 5
t(lambda: iter(IterNotIterator()))
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, et, ev, tb): print('exit', et.__name__ if et else None); return True
with Ctx() as v:
    print('body', v)
    raise ValueError('suppressed')
print('after with')
class NoCtx: pass
t(lambda: exec('with NoCtx(): pass', globals()))
class Desc:
    def __get__(self, obj, cls): return ('get', obj is None, cls.__name__)
class H:
    d = Desc()
print(H.d, H().d[0:2])
class CallCls:
    @classmethod
    def __class_getitem__(cls, k): return ('cgi', k)
print(CallCls[int])
class Inst:
    def __instancecheck__(self, o): return True
class MetaI(type):
    def __instancecheck__(cls, o): return o == 42
    def __subclasscheck__(cls, c): return c is int
class Q(metaclass=MetaI): pass
print(isinstance(42, Q), isinstance(41, Q), issubclass(int, Q), issubclass(str, Q))
class Missing(dict):
    def __missing__(self, k): return k * 2
print(Missing()[3], Missing({'a': 1})['a'], Missing().get(3))
class DelAttr:
    def __delattr__(self, n): print('delattr', n)
d = DelAttr(); del d.x
class Init:
    def __init__(self): return 5
t(Init)
class Ne:
    def __ne__(self, o): return 'ne!'
print(Ne() != 1, Ne() == 1)
class Hashable:
    def __hash__(self): return 'notint'
t(lambda: hash(Hashable()))
class HashBig:
    def __hash__(self): return 2**70
print(hash(HashBig()) == hash(2**70))
class Sz:
    def __sizeof__(self): return 5
import sys
print(sys.getsizeof(Sz()) >= 5)
class Bytes:
    def __bytes__(self): return b'bytes!'
print(bytes(Bytes()))
class StrRet:
    def __str__(self): return 5
t(lambda: str(StrRet()))
class ReprRet:
    def __repr__(self): return None
t(lambda: repr(ReprRet()))
