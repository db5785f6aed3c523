import cmath, math
vals = [0j, 1+0j, -1+0j, 1j, -1j, 0.25+2j, 0.5-0.25j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(math.inf, 0), complex(0, math.inf), complex(math.nan, 1), 1e300+1e300j, 3, -2.0]
for n in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, n)
    row = []
    for v in vals:
        try: row.append(repr(f(v)))
        except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(row))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.log(8, 2), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.polar(-1), cmath.phase(-1-0j), cmath.phase(complex(-1, -0.0)))
for bad in (lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.atanh(1), lambda: cmath.rect(math.inf, math.nan), lambda: cmath.log(1, 0)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
