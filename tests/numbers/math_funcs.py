import math
inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 1.0, 0.5, 2.0, 10.0, 1e-300, inf, -inf, nan, 3, 5]
names = ['sqrt', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
         'fabs', 'floor', 'ceil', 'trunc', 'erf', 'gamma', 'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'exp2']
print(math.lgamma(-math.inf), math.lgamma(math.inf), math.lgamma(1.0), math.erfc(0.5), math.cbrt(-8.0))
for n in names:
    f = getattr(math, n)
    row = []
    for v in vals:
        try: r = f(v); row.append(repr(r))
        except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(row))
