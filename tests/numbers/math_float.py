import math
# transcendental functions: compare rounded (libm last bits may differ)
def r(x):
    return float('%.12g' % x)
xs = [0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, -0.5, -2.0, 100.0, 1e-10]
for name in ['sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'exp', 'expm1', 'erf', 'erfc', 'exp2', 'cbrt', 'fabs']:
    f = getattr(math, name)
    print(name, [r(f(x)) for x in xs])
for name in ['sqrt', 'log', 'log2', 'log10', 'log1p', 'gamma', 'lgamma', 'acosh', 'asin', 'acos', 'atanh']:
    f = getattr(math, name)
    out = []
    for x in xs + [0.999, 1.25, 4.5, 25.0]:
        try:
            out.append(r(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, out)
print([r(math.atan2(y, x)) for y in (-1, 0, 1) for x in (-1, 0, 1)], math.atan2(0.0, -0.0), math.atan2(-0.0, -1))
print([r(math.pow(x, y)) for x in (0.5, 2, 3.7) for y in (-2.5, 0, 1.5, 3)])
print(r(math.gamma(0.5) ** 2), r(math.gamma(5.5)), r(math.lgamma(100)), r(math.erf(1) + math.erfc(1)))
