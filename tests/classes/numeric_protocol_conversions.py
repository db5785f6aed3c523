# Conversions through __index__, __int__, __float__, __complex__, __round__, __floor__, __bytes__ in builtins and formatting.
import math
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class T:
    def __trunc__(self): return 7
class F:
    def __float__(self): return 2.5
class I:
    def __int__(self): return 9
class C:
    def __complex__(self): return 1+2j
class R:
    def __round__(self, n=None): return ('round', n)
class Fl:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
class B:
    def __bytes__(self): return b'bytes!'
class Fmt:
    pass
class HashNone:
    __hash__ = None
class Len:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 100
snips = r'''
int(I())
int(F())
int(I())
int(N(5))
float(N(5))
float(I())
float(F())
complex(C())
complex(F())
complex(N(3))
round(R())
round(R(), 2)
math.floor(Fl())
math.ceil(Fl())
math.floor(F())
math.trunc(T())
bytes(B())
bytes(N(3))
bytearray(N(2))
format(Fmt(), 'x')
'{:>5}'.format(Fmt()) [:1]
hash(HashNone())
bool(Len())
list(reversed(Len()))
list(LH())
[10, 20, 30][N(1)]
[10, 20, 30][N(0):N(2)]
'abc'[N(1)]
range(N(3))
range(10)[N(2):N(8):N(3)]
hex(N(255))
oct(N(8))
bin(N(5))
chr(N(65))
'ab' * N(2)
N(2) * 'ab'
[1] * N(3)
pow(2, N(3))
pow(N(2), 3) 
divmod(N(7), 2)
N(1) + 1
round(2.567, N(1))
int('10', N(2))
(1).to_bytes(N(2), 'big')
math.factorial(N(5))
math.gcd(N(12), 8)
math.isqrt(N(17))
math.comb(N(5), N(2))
slice(N(1), N(2)).indices(N(10))
sorted([3, 1, 2])[N(0)]
operator_index = __import__('operator').index(N(4))
__import__('operator').index(N(4))
__import__('operator').index(4.0)
isinstance(N(1), int)
sum([N(1)], 0)
abs(N(-1))
-N(1)
str(N(1))[:2]
[0, 1, 2, 3][N(-1)]
memoryview(b'abcd')[N(1)]
b'abc'[N(1)]
(1, 2, 3).index(2, N(0), N(3))
'abcabc'.find('c', N(3))
list(range(5)).pop(N(1))
[1, 2, 3].insert(N(0), 0)
int.from_bytes(b'\x01', 'big') + N(1)
math.floor(N(3))
math.ceil(I())
round(N(5))
round(I())
float(T())
'%d' % N(3)
'%x' % N(255)
'%c' % N(65)
'%d' % F()
'%d' % I()
'%f' % N(1)
'%s' % N(1) and 'ok'
'{:d}'.format(N(3))
'{:x}'.format(I())
'{:f}'.format(N(1))
'''
for line in snips.strip().split('\n'):
    try:
        r = eval(line) if not line.startswith('operator_index') else None
        print(line, '->', repr(r))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
