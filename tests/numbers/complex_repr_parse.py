from _check import show
inf, nan = float('inf'), float('nan')
vals = [1+2j, 2j, -2j, complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0), complex(nan, inf), complex(1, nan),
        complex(-inf, -inf), 1e16j, complex(1e16, 1e-7), complex(1.5, 2.25), complex(0.1, 0.2), 0j, complex(1, 0), complex(-1, 0)]
for v in vals:
    print(repr(v), str(v), format(v, ''))
show(['complex("1+2j")', 'complex(" ( 1+2j ) ")', 'complex("1 + 2j")', 'complex("j")', 'complex("-j")', 'complex("+J")',
      'complex("1e5j")', 'complex("infj")', 'complex("-nanj")', 'complex("1-j")', 'complex("1.5e-3-2.5e+3j")', 'complex("")',
      'complex("()")', 'complex("(1+2j")', 'complex("1+2")', 'complex("1_0j")', 'complex("2")', 'complex("  3.5  ")',
      'complex("1+2jj")', 'complex("j1")', 'complex("1e+j")', 'complex(1, 2)', 'complex(1j, 1j)', 'complex(1+2j, 3+4j)',
      'complex()', 'complex(real=1, imag=2)', 'complex(2.5)', 'complex(True, False)', 'complex(10**400)', 'complex([])',
      'complex(1, [])', 'complex(1, "2")', 'complex("1", 2)', 'complex("1", "2")', 'complex(None)', 'complex(-0.0, -0.0)',
      'complex(0.0, -0.0)', 'complex("nan+nanj")'])
class Cx:
    def __complex__(self): return 3+4j
class Fx:
    def __float__(self): return 2.5
class Bad:
    def __complex__(self): return 1
print(complex(Cx()), complex(Fx()), complex(Fx(), Fx()), complex(Cx(), 1))
try:
    complex(Bad())
except TypeError as e:
    print(e)
