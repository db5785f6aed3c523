vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 1e-10, 1.5e-7, 123456.789, 1e15, 1e16, 1.234e22, 9.999999e-5, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 100.0, 0.5, 2.5, 1234567890123.0]
for v in vals:
    print(repr(v), str(v), '%g' % v, '%.3g' % v, '%e' % v, '%.2e' % v, '%f' % v if abs(v) < 1e20 or v != v else 'big', '%r' % v, '{:g}'.format(v), '{:.10g}'.format(v), '{:n}'.format(v), '{:e}'.format(v), format(v, '.1%') if abs(v) < 1e20 else '', format(v, '+.3f') if abs(v) < 1e20 else '', format(v, '#g'), format(v, '10.4'), format(v, '.0e'), format(v, 'E'), format(v, 'G'))
for v in [1+2j, -1.5-0.5j, 1e20j, complex(float('nan'), 1), 0j, 1j, (1+0j), complex(-0.0, 0.0)]:
    print(repr(v), str(v), format(v, ''), format(v, '.2f'), format(v, '^20'), format(v, 'g'), format(v, '+.1e'))
print(float.fromhex('0x1.999999999999ap-4'), (0.1).hex(), (-0.0).hex(), float('inf').hex() if False else '', (1e-320).hex(), float.fromhex('inf'), float.fromhex('-0x0p+0'))
print(round(1e20), round(-2.5), round(0.5 + 1e-16), round(1.45, 1), round(1.55, 1), round(2.5e-5, 5), round(123.456, -1), round(-0.5), round(1e300, -299))
print(int(1e20), int(-1e20), int(2.0**70), float(2**1000) > 1e300, 2**1000 / 2**999, 10**400 // 10**399, (10**400) / (10**399))
try: float(10**400)
except OverflowError as e: print(e)
try: 10**400 / 3
except OverflowError as e: print(e)
print(7.5 // 2, -7.5 // 2, 7.5 % -2, divmod(-7.5, 2), 1e300 * 1e300, -1e300 * 1e300, 1e-300 / 1e300)
print(float('1e500'), float('-1e500'), float('1e-500'), float('  nan  '), float('-nan'), float('+inf'), float('InFiNiTy'))
import math
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.floor(-0.5), math.ceil(-0.5), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.frexp(0.0), math.frexp(-8.0), math.ldexp(0.5, 1024) if False else '', math.modf(-2.5), math.trunc(2.9), math.isqrt(10**20), math.exp(1), math.expm1(1e-10), math.log1p(1e-10))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.gamma(5), math.erf(1), math.erfc(1), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6), math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(5, 3))
for f in [lambda: math.log(-1), lambda: math.sqrt(-1), lambda: math.acos(2), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.ldexp(1, 10000), lambda: math.factorial(2.5), lambda: math.fmod(1, 0), lambda: math.log(0, 0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
