from fractions import Fraction as F
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(F(3, 4), F(6, -8), F(5), F('3/4'), F(' -1.5 '), F('2e-3'), F(0.25), F(1.1), repr(F(1, 3)), F(F(1, 2), F(1, 3)))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, a + 1, 1 - a, a * 0.5, 2 ** F(1, 2), F(4) ** F(1, 2))
print(a < b, a > 0.3, a == F(2, 6), F(1, 2) == 0.5, F(2, 1) == 2, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)))
print(float(a), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), F(7, 3).__floor__(), F(-7, 3).__ceil__(), abs(F(-1, 2)))
import math
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), F(355, 113).limit_denominator(10), F(3.141592653589793).limit_denominator(1000))
print(F(1, 2).numerator, F(1, 2).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.125), bool(F(0)), str(F(5, 1)), sum([F(1, 2), F(1, 3), F(1, 6)]))
t(lambda: F(1, 0))
t(lambda: F('abc'))
t(lambda: F(1.5, 2))
t(lambda: a / 0)
t(lambda: F(math.inf))
print(sorted([F(1, 2), F(1, 3), 0.4]), max(F(2, 3), 0.6), F(1, 3) + 1j)
