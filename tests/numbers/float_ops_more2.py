# float: repr, arithmetic edges, special values, methods.
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-7, 123456789012345678.0, 0.1 * 3, 1e22, 1e23, 5e-324, 1.7976931348623157e308)
print(-0.0, 0.0 == -0.0, str(-0.0), repr(float('-inf')), float('nan'), float(' 1.5 '), float('1e3'), float('-.5'), float('infinity'), float('-INF'), float('nAn'), float('1_0.5'))
for bad in ['', 'abc', '1.2.3', '1e', '--1', 'in f', '1_', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, nan < 1, nan > 1, inf == inf)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2), 1e300 * 1e10, -1e300 * 1e10)
print(2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -1, 0.0 ** 0, pow(2.0, 3), 4 ** 0.5, 10 ** -2)
for e in ['0.0 ** -1', '1 / 0.0', '1 // 0.0', '1 % 0.0', 'divmod(1.0, 0)', '(-8.0) ** 0.5 == 0', '10.0 ** 400']:
    try:
        print(e, eval(e))
    except (ZeroDivisionError, OverflowError) as ex:
        print(e, type(ex).__name__, ex)
print((-8.0) ** (1 / 3))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.0), round(1.5, 0), round(-0.5), round(123.456, -1), round(1e300, -300), round(0.5, 1))
try:
    round(inf)
except OverflowError as e:
    print('OverflowError', e)
try:
    round(nan)
except ValueError as e:
    print('ValueError', e)
print(round(inf, 2), round(nan, 2))
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1.5).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), (0.1).hex())
print((2.5).conjugate(), (2.5).real, (2.5).imag, float(True), float(10 ** 15), float('1' * 20), int(1e15), int(-0.9))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), hash(-inf), hash(1e300) == hash(int(1e300)))
print(1.0 == 1, 1.5 > 1, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -inf, 10 ** 400 < inf, 0.1 == 1 / 10)
print(float.__add__(1.0, 2), (1.0).__radd__(2), (3.0).__rtruediv__(1), (1.0).__eq__(1), (1.0).__lt__('a'), float.__name__)
print('%.3f %e %g %G %10.4f %-10.2e| %+.1f %.0f %#.0f %g %g' % (3.14159, 12345.678, 1e-5, 1e20, 2.5, 1234.5, 1.0, 2.5, 2.0, 100000.0, 1000000.0))
print(format(1.0, ''), format(1e20, ''), format(1.5, '.0%'), format(-1.25, '=+10.2f'), format(1234.5, ',.1f'), format(0.000012345, '.3g'), format(1e-10, 'n'), format(12.0, '#g'))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), max(1, 1.0), min(1.0, 1), abs(-0.0), -(0.0))
import math
print(math.fsum([0.1] * 10), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0))
