# Numeric edge cases: unicode digits, complex parsing and powers, signed zeros, float repr and % formatting, math module domains.
snips = r'''
int('١٢٣')
int('０x1F', 16)
int(' \u2003 42 \u3000')
float('１.５')
float('\u0661.\u0662')
complex('1e3-2.5e-2j')
complex('j')
complex('-1.5')
complex('(1+2j')
complex('1+2j)')
complex(' 1 + 2j ')
complex('1+2i')
(1+2j) ** 2
(1+2j) ** 0.5
(1+2j) ** (1+1j)
0j ** 0
0j ** -1
(2+0j) ** 1000
pow(1j, 2, 3)
1j // 2
1j % 2
divmod(1j, 2)
abs(3+4j)
(3+4j).conjugate()
complex(1, 2) == 1 + 2j
1 + 2j == (1, 2)
hash(1+0j) == hash(1)
hash(complex(0, 1)) 
round(1+2j)
int(1j)
float(1j)
complex('nan+nanj')
repr(complex(float('inf'), -0.0))
repr(complex(-0.0, -0.0))
repr(-0j)
repr(0j - 0)
complex(-0.0, 0.0)
(1e308+1e308j) * 10
1e308 * 10
-1e308 * 10
(-1) ** 0.5
(-8) ** (1/3)
2 ** 0.5
10 ** -1
0 ** -1
0.0 ** -1
(-2) ** -1
pow(-2, -1)
pow(2, 0.5, 3)
pow(2.0, 3, 5)
8 % -3.0
-8 % 3.0
-0.0 % 1.0
0.0 % -1.0
5.0 // -0.0
divmod(-0.0, 1)
divmod(1, -0.0)
float('-0') == 0
1/3 + 1/3 + 1/3 == 1
0.1 + 0.2 == 0.3
round(0.1 + 0.2, 15) == 0.3
int(1e16)
int(-1e-16)
int(2.5e-300)
int(float('1e308'))
float(2**1023 * 2 - 1) if False else 0
(2**53 + 1) * 1.0
float(2**53 + 1) == 2**53 + 1
2**53 + 1 == float(2**53 + 1)
2**1000 == float(2**1000)
2**1000 + 1 > float(2**1000)
10**20 < 1e20 + 1
1e300 < 10**301
float('inf') > 10**1000
float('nan') == float('nan')
max(float('nan'), 1)
max(1, float('nan'))
min(float('nan'), 1, 2)
sorted([3, float('nan'), 1, 2])
sum([1e100, 1, -1e100])
sum([0.1] * 10) == 1.0
import math; math.fsum([0.1] * 10) == 1.0
'%.17g' % 0.1
'%.0f' % 0.5
'%.0f' % 1.5
'%.0f' % 2.5
'%.1f' % 0.25
'%.1f' % 0.35
'%.2f' % 2.675
'%.3e' % 1e-300
'%g' % 1e-300
'%g' % 123456789
'%.10g' % 123456789
'%#.3g' % 100
'%+.2e' % 0
'%e' % -0.0
str(1e-7)
str(1e21)
str(1e22)
str(123456789012345.0)
str(1234567890123456.0)
str(12345678901234567.0)
str(0.000123)
str(1.0e-4)
repr(1.1)
repr(2.675)
str(-1e-300 * 1e-300)
'{:.3}'.format(0.0001234)
'{:.3g}'.format(1e10)
'{:g}'.format(1e16)
'{:g}'.format(123456)
'{:g}'.format(1234567)
'{:.0e}'.format(5e-324)
float.fromhex('0x1.fffffffffffffp+1023')
float.fromhex('0x1p-1075')
float.fromhex('inf')
float.fromhex('-0x0p0')
(0.1).hex()
(-0.0).hex()
(5e-324).hex()
float.hex(1e308)
(3.5).__round__()
(3.5).__round__(0)
(2.5).__trunc__()
(2.5).__floor__()
(2.5).__ceil__()
(7).__floor__()
int.__round__(15, -1)
(-2.5).__round__()
math.floor(-0.0)
math.ceil(-0.5)
math.trunc(1e20)
math.floor(1e300) == int(1e300)
math.isqrt(10**40 + 1)
math.sqrt(-0.0)
math.sqrt(-1)
math.log(0)
math.log(-1)
math.log(8, 2)
math.log(2**1000)
math.log10(10**500)
math.exp(1000)
math.exp(-1000)
math.pow(0, -1)
math.pow(-1, 0.5)
math.pow(2, 1024)
math.fmod(-7, 3)
math.fmod(7, 0)
math.remainder(7, 4)
math.atan2(0.0, -0.0)
math.atan2(-0.0, -0.0)
math.hypot(3, 4, 12)
math.hypot()
math.factorial(-1)
math.factorial(2.0)
math.gcd()
math.gcd(0, 0)
math.gcd(-4, 6)
math.lcm(0, 5)
math.comb(5, 7)
math.perm(5)
math.copysign(3, -0.0)
math.frexp(0.0)
math.frexp(8.0)
math.ldexp(1, 1024)
math.ldexp(0.5, -1074)
math.modf(-3.5)
math.modf(float('inf'))
math.isfinite(1e308 * 10)
math.isclose(1, 1.0000000001)
math.isclose(0, 1e-10)
math.isclose(0, 1e-10, abs_tol=1e-9)
math.prod([])
math.prod([2, 3], start=2)
math.dist([0, 0], [1, 1])
math.ulp(1.0)
math.nextafter(0, 1)
math.erf(1)
math.gamma(5)
math.gamma(0.5)
math.lgamma(10)
math.gamma(0)
math.gamma(-1)
math.degrees(math.pi)
math.radians(180)
math.sin(math.pi)
math.cos(0)
math.tan(math.pi / 4)
math.asin(2)
math.acosh(0.5)
math.atanh(1)
math.sinh(1000)
'''
import math
for line in snips.strip().split('\n'):
    try:
        if line.startswith('import'):
            exec(line); line = line.split(';')[1].strip()
        r = eval(line)
        print(line, '->', repr(r))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
