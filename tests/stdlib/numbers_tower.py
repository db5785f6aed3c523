# numbers: the ABC tower and the builtin registrations
import numbers
from fractions import Fraction
N = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in [1, True, 1.5, 2j, Fraction(1, 3), "x", None, [1]]:
    print(repr(v), [isinstance(v, c) for c in N])
for t in [int, bool, float, complex, Fraction, str, object]:
    print(t.__name__, [issubclass(t, c) for c in N])
print([c.__mro__[1].__name__ for c in N[1:]])
print(numbers.Number.__hash__, sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
try: numbers.Real()
except TypeError as e: print("TypeError:", str(e)[:40])

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = lambda s, o: NotImplemented
    __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = lambda s, o: NotImplemented
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return b ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    __floor__ = __ceil__ = __trunc__
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return "MyInt(%d)" % self.v
m = MyInt(7)
print(m, isinstance(m, numbers.Rational), float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(complex(m), m - 2, 10 - m, divmod(m, 2), bool(m), bool(MyInt(0)), [0, 1, 2, 3, 4, 5, 6, 7, 8][m], m.__index__())
class Half:
    pass
numbers.Real.register(Half)
print(isinstance(Half(), numbers.Complex), isinstance(Half(), numbers.Rational), issubclass(Half, numbers.Number))
