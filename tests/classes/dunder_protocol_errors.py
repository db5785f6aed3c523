# Special methods returning wrong types, and protocol fallbacks.
class BoolBad:
    def __bool__(self): return 1
class LenBad:
    def __len__(self): return -1
class LenStr:
    def __len__(self): return '3'
class LenBig:
    def __len__(self): return 2**100
class LenBool:
    def __len__(self): return True
class LenOnly:
    def __len__(self): return 0
for o in [BoolBad(), LenBad(), LenStr(), LenBig(), LenOnly()]:
    try:
        print(type(o).__name__, bool(o))
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
for o in [LenBad(), LenStr(), LenBig(), LenBool()]:
    try:
        print(type(o).__name__, len(o))
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
class StrBad:
    def __str__(self): return 1
class ReprBad:
    def __repr__(self): return None
for f in [str, repr, format]:
    for o in [StrBad(), ReprBad()]:
        try:
            f(o)
            print(f.__name__, type(o).__name__, 'ok')
        except TypeError as e:
            print(f.__name__, type(o).__name__, 'TypeError', e)
class IntBad:
    def __int__(self): return 'x'
class FloatBad:
    def __float__(self): return 1
class IndexBad:
    def __index__(self): return 1.0
for f, o in [(int, IntBad()), (float, FloatBad()), (hex, IndexBad()), (bin, IndexBad())]:
    try:
        print(f(o))
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
try:
    [1, 2][IndexBad()]
except TypeError as e:
    print('TypeError', e)
class Idx:
    def __index__(self): return 1
print([10, 20, 30][Idx()], 'abc'[Idx()], hex(Idx()), range(5)[Idx()], [1, 2, 3][Idx():], bin(Idx()), oct(Idx()))
print(b'ab' * Idx(), Idx().__index__(), int(Idx()) if hasattr(Idx, '__int__') else 'no __int__')
try:
    print(int(Idx()))
except TypeError as e:
    print('TypeError', e)
class HashBad:
    def __hash__(self): return 'h'
try:
    hash(HashBad())
except TypeError as e:
    print('TypeError', e)
class HashBig:
    def __hash__(self): return 2**70
print(hash(HashBig()) == hash(2**70))
class EqNoHash:
    def __eq__(self, o): return True
try:
    hash(EqNoHash())
except TypeError as e:
    print('TypeError', e)
print(EqNoHash.__hash__)
class ContainsNonBool:
    def __contains__(self, x): return [1] if x else []
print(1 in ContainsNonBool(), 0 in ContainsNonBool(), 1 not in ContainsNonBool())
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetitemOnly:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(10 in GetitemOnly(), list(GetitemOnly()), 15 in GetitemOnly())
class IterNotIter:
    def __iter__(self): return 5
try:
    iter(IterNotIter())
except TypeError as e:
    print('TypeError', e)
class NextOnly:
    def __next__(self): raise StopIteration
class IterReturnsNextOnly:
    def __iter__(self): return NextOnly()
print(list(IterReturnsNextOnly()))
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print('TypeError', e)
class Callable:
    def __call__(self, *a, **k): return a, k
print(Callable()(1, x=2), callable(Callable()), callable(Callable), callable(1))
class NotCallable:
    __call__ = None
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
class CmpNI:
    def __lt__(self, o): return NotImplemented
try:
    CmpNI() < CmpNI()
except TypeError as e:
    print('TypeError', e)
print(CmpNI() == CmpNI(), CmpNI() != CmpNI())
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
try:
    -object()
except TypeError as e:
    print('TypeError', e)
try:
    ~1.5
except TypeError as e:
    print('TypeError', e)
