import math
inf, nan = math.inf, math.nan
pairs = [(0.0, 0.0), (-0.0, 1.0), (1.0, -0.0), (2.0, 3.0), (-2.0, 0.5), (inf, 1.0), (1.0, inf), (-inf, -inf), (nan, 1.0), (1.0, nan), (0.0, -1.0), (10, 3), (-7, 2), (1e308, 10.0), (5.5, -2.25)]
for n in ['pow', 'atan2', 'fmod', 'copysign', 'hypot', 'remainder', 'ldexp', 'log', 'isclose', 'dist', 'nextafter']:
    f = getattr(math, n)
    row = []
    for a, b in pairs:
        try:
            if n == 'ldexp': r = f(a, int(b) if math.isfinite(b) else 3)
            elif n == 'dist': r = f((a,), (b,))
            else: r = f(a, b)
            row.append(repr(r))
        except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(row))
