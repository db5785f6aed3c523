# numbers: the numeric tower ABCs, registrations of builtins, virtual subclass checks, user Integral.
import numbers
from fractions import Fraction
for v in [1, True, 1.5, 1j, Fraction(1, 3), 'x', None]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
print(sorted(numbers.Integral.__abstractmethods__)[:5], len(numbers.Complex.__abstractmethods__))
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f'MyInt({self.v})'
try:
    MyInt(3)
except TypeError as e:
    print('TypeError', str(e).split(' with ')[0])
class Meters:
    pass
numbers.Real.register(Meters)
print(isinstance(Meters(), numbers.Number), isinstance(Meters(), numbers.Integral), issubclass(Meters, numbers.Complex))
def describe(x):
    if isinstance(x, numbers.Integral):
        return 'integral'
    if isinstance(x, numbers.Rational):
        return 'rational'
    if isinstance(x, numbers.Real):
        return 'real'
    if isinstance(x, numbers.Complex):
        return 'complex'
    return 'not a number'
print([describe(v) for v in (3, Fraction(1, 2), 2.5, 3j, 'x')])
print(numbers.Integral.numerator.__get__(5), numbers.Real.real.fget(2.5) if False else 'skip', numbers.__all__)
