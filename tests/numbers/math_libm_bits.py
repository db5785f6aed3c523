# sin/cos/tan, log10 and cbrt printed in full: the last bit agrees with the C library python3 uses.
import math
vals = [i / 7.0 for i in range(-40, 41)] + [0.5, 2.5, 27.0, 64.0, 1000.0, 123.456, 1e5 + 0.25, 3e7 + 0.5, 1e-8, 2.0 ** -30, math.pi, math.pi / 2, math.pi / 4, 2 * math.pi, 100 * math.pi]
for v in vals:
    print(v, repr(math.sin(v)), repr(math.cos(v)), repr(math.tan(v)))
for v in [0.1, 0.2, 0.3, 0.7, 2.0, 3.0, 5.0, 7.0, 1e-5, 12345.678, 1e100, 2.5e-308, 5e-324] + [i / 7 for i in range(1, 60)]:
    print(v, repr(math.log10(v)), repr(math.cbrt(v)), repr(math.cbrt(-v)))
for v in [27.0, 8.0, 1000.0, 0.001, 1e300, 1e-300, 3.0, 9.0]:
    print(v, repr(math.cbrt(v)), repr(v ** (1 / 3)))
print(math.sin(-0.0), math.tan(-0.0), math.cos(-0.0), math.cbrt(-0.0), math.log10(1), math.log10(10 ** 15))
