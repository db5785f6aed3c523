vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 1e-7, 1.5e-5, 123456.789, 1e15, 1e16, 1.23e16, 9.999999e22, 1e100, 5e-324, 1.7976931348623157e308, float('inf'), -float('inf'), float('nan'), 100.0, 0.5, 2.5, 1234.5, 0.000123456]
for v in vals:
    print(repr(v), str(v), '%g' % v, '%.3g' % v, '%e' % v, '%.0e' % v, '%f' % v, '%.2f' % v, '{:.3}'.format(v), '{:n}'.format(v), '{:.10g}'.format(v), '{:#g}'.format(v), '{:+.1%}'.format(v) if v == v and abs(v) < 1e300 else '')
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.5), round(-2.5), round(1e16 + 1.0), round(123.456, 1), round(-0.5, 0))
print(float.fromhex('0x1p-1074'), float.fromhex('-0x1.fffffffffffffp+1023'), float.fromhex('inf'), (1e-320).hex(), (-2.5).hex(), (0.0).hex(), float.fromhex('0X1.8P+1'))
print(1.0.__repr__(), (1e22).__str__(), format(1e22, ''), format(1e-5, ''), format(12345678901234567.0, ''), format(0.1 + 0.2, '.17g'))
print(int(2.5), int(-2.5), int(1e18), int(-1e18), float('  -1_0.5e-1_0 '), float('0x10' if False else '16'), float('1e-400'), float('-1e400'))
