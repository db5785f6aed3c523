import cmath, math
def r(z):
    z = complex(z)
    return complex(float('%.10g' % z.real), float('%.10g' % z.imag))
zs = [1+1j, -1+0j, 2j, 0.5-0.25j, 3+4j, -2-3j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(r(f(z)))
        except ValueError as e:
            out.append(str(e))
    print(name, out)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.phase(-1), cmath.phase(1j), cmath.phase(complex(-1, -0.0)), cmath.polar(1j),
      cmath.polar(-2), cmath.rect(2, 0), r(cmath.rect(1, math.pi / 2)), cmath.exp(0), cmath.log(1), r(cmath.log(8, 2)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1j, 1.0000000001j),
      cmath.isclose(1, 1 + 1e-6, rel_tol=1e-3), cmath.isclose(1, 2, abs_tol=2))
for e in ['cmath.log(0)', 'cmath.sqrt("x")', 'cmath.exp(1000)', 'cmath.atanh(1)', 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.polar(complex(1e308, 1e308))']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
