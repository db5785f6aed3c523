# cmath: polar/rect/phase, classification, isclose, logs and their errors (CPython's test_cmath values that are exact).
import cmath, math
for z in (1, -1, 1j, -1j, 1 + 1j, -2 - 3j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-1, -0.0), 3.5):
    print(z, round(cmath.phase(z), 14), [round(v, 14) for v in cmath.polar(z)], abs(z))
print(cmath.rect(1, 0), cmath.rect(2, math.pi / 2).real < 1e-15, cmath.rect(0, 1), cmath.rect(1, math.pi))
for z in (complex(math.inf, 0), complex(0, math.nan), complex(1, 2), complex(-math.inf, math.inf)):
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(0j, 1e-10j))
try: cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e: print(e)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for f in ('sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'):
    fn = getattr(cmath, f)
    vals = []
    for z in (0.5, 2, -2, 1j, 0.5 - 0.5j, -3 + 4j):
        try:
            w = fn(z)
            vals.append('(%.12g%+.12gj)' % (w.real, w.imag))
        except ValueError as e:
            vals.append(str(e))
    print(f, ' '.join(vals))
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)), cmath.log(math.e), cmath.log(8, 2), cmath.log(100, 10), cmath.log10(1000))
for bad in ((cmath.log, 0), (cmath.log10, 0), (cmath.atanh, 1), (cmath.atanh, -1), (cmath.acosh, complex(math.inf, math.nan)) if False else (cmath.exp, complex(1000, 1)),
            (cmath.sqrt, 'x'), (cmath.log, 1, 0), (cmath.cosh, complex(1000, 1)), (cmath.phase, None)):
    try: print(bad[0](*bad[1:]))
    except Exception as e: print(bad[0].__name__, type(e).__name__, e)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(C()))
print(cmath.exp(complex(0, math.pi)).real, cmath.polar(complex(3, 4)))
