# int: arithmetic edges, bit ops, conversions, methods (MicroPython int_*.py).
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, divmod(-7, 2), divmod(7, -2))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, (-8) ** (1 / 3) if False else 'skip', pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
print(1 << 100, (1 << 100) >> 98, -1 >> 10, -(1 << 70) >> 3, 5 & -2, -5 | 3, -5 ^ 7, ~(2 ** 65))
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
print(int('  12  '), int('-0'), int('+5'), int('1_000'), int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b11', 0), int('z', 36), int('10', 2))
for bad in ['', ' ', '1.0', '0x', '1__0', '_1', 'abc', '0b2']:
    try:
        int(bad, 0 if bad.startswith('0') else 10)
    except ValueError as e:
        print('ValueError', e)
for b in [1, 37, -1]:
    try:
        int('1', b)
    except ValueError as e:
        print('ValueError', e)
try:
    int(1, 10)
except TypeError as e:
    print('TypeError', e)
print(int(3.99), int(-3.99), int(True), int(1e20), int('٣'), int(b'12'), int(bytearray(b'7')))
for f in [float('inf'), float('nan')]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (7).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, 'big'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'little', signed=True), int.from_bytes([1, 2], 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, int.__name__)
print(abs(-5), abs(-2 ** 80), -(-2 ** 63), round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(5, 2), round(12345, -10))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
print(True + True, True * 10, -True, ~True, True & False, True | 2, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(10 / 4, 10 / 5, -1 / 3, 2 ** 53 + 1, float(2 ** 53 + 1), 10 ** 20 / 10 ** 10, (10 ** 400) // (10 ** 399))
try:
    (10 ** 400) / 1.5
    print(10 ** 400 / 10 ** 399)
except OverflowError as e:
    print('OverflowError', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
print(int.__add__(1, 2), (3).__mul__(4), (3).__rsub__(10), (3).__truediv__(2), (3).__radd__(1.5), (3).__eq__(3.0), (3).__lt__('a'))
print(format(1234567, ','), format(1234567, '_'), format(255, '#x'), format(255, '08b'), format(-42, '+d'), format(42, ' d'), format(42, '^8'), format(3, 'c'), format(10**20, 'e'))
print(sum(range(101)), sum([2 ** 64] * 3), max(2 ** 70, 5), min(-2 ** 70, 0), sorted([3, -2 ** 65, 2 ** 64]))
print(isinstance(True, int), int is type(5), issubclass(bool, int), (5).__class__, int(), int('0'*50 + '1'))
