# math: integer functions, float functions and CPython's error messages (test_math as a printing program).
import math
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.gcd(), math.gcd(12, 18, 27), math.gcd(-4, 6), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(100))))
for bad in (lambda: math.comb(-1, 2), lambda: math.comb(1.5, 1), lambda: math.perm(1, -1), lambda: math.isqrt(-1), lambda: math.factorial(-1),
            lambda: math.factorial(1.0), lambda: math.gcd(1.5), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1),
            lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.acos(2), lambda: math.ldexp(1, 10**6),
            lambda: math.ceil(math.inf), lambda: math.floor(math.nan), lambda: math.trunc('x'), lambda: math.dist([1], [1, 2]),
            lambda: math.prod([1], 2), lambda: math.fsum([math.inf, -math.inf]), lambda: math.gamma(0), lambda: math.lgamma(-1),
            lambda: math.log1p(-1), lambda: math.atanh(1), lambda: math.sqrt('4'), lambda: math.cosh(1000), lambda: math.remainder(1, 0)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.hypot(), math.hypot(3, 4, 12), math.hypot(-5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 2.5]), math.prod(range(1, 6), start=10), math.prod(['ab'], start=1) if False else 0)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1, -1e100]), math.fsum([]))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.ulp(1), math.ulp(0), math.ulp(1e300), math.ulp(math.inf))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.copysign(3, -0.0), math.fmod(-7, 3), math.fmod(7, -3))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5), math.modf(math.inf))
print(math.trunc(3.7), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5), math.floor(10**20 + 0.0), math.ceil(2**70), type(math.floor(1.5)).__name__)
print(math.log2(1024), math.log2(2**100), math.log10(1e-5), math.log(2**1000), math.log(10**400), math.log(1024, 2), math.log1p(1e-20), math.expm1(1e-20))
print(math.erf(0), math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5) ** 2, round(math.lgamma(10), 13), round(math.lgamma(0.5), 14))
print(math.degrees(math.pi), math.radians(180), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(1, 0), math.hypot(1e200, 1e200))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.e, math.pi, math.tau, math.inf, -math.inf, math.nan)
print(math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else 0, math.pow(1, math.nan), math.pow(math.nan, 0), math.sqrt(2), round(math.cbrt(27), 14) if hasattr(math, 'cbrt') else 3.0)
print(math.exp(1), math.exp(-math.inf), math.sin(math.pi / 6), math.cos(0), math.tan(0.5), math.asin(1), math.acos(0), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(100), math.asinh(1), math.acosh(2), math.atanh(0.5))
class Fl:
    def __float__(self): return 2.25
class Ix:
    def __index__(self): return 6
class Tr:
    def __trunc__(self): return 42
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
print(math.sqrt(Fl()), math.factorial(Ix()), math.trunc(Tr()), math.floor(Tr()), math.ceil(Tr()), math.comb(Ix(), 2), math.gcd(Ix(), 4))
print(math.isqrt(True), math.log(True), math.log(2**2000, 2**1000), math.sqrt(10**300 * 10**300 // 10**300))
