from _check import show
zs = [0j, 1j, 1+2j, -3.5+0.25j, complex(1e300, 1e300), complex(-0.0, -0.0), 2, -1.5, True]
for a in zs:
    for b in zs:
        r = []
        for op in ('+', '-', '*', '/', '**'):
            try:
                v = eval('a %s b' % op)
                if op == '**' and isinstance(v, complex) and b != int(abs(b)):
                    # general complex powers go through libm transcendentals
                    v = complex(float('%.12g' % v.real), float('%.12g' % v.imag))
                r.append(repr(v))
            except Exception as ex:
                r.append(type(ex).__name__ + ':' + str(ex))
        print(repr(a), repr(b), r)
def rc(z):
    return complex(float('%.12g' % z.real), float('%.12g' % z.imag))
show(['(1+2j) ** 2', '(1+2j) ** -2', 'rc((1+2j) ** 0.5)', 'rc((1+2j) ** (3+4j))', 'rc(1j ** 1j)', '(-1) ** 0.5', 'rc(2 ** (1+1j))',
      'rc((1+2j) ** 101)', '(1+2j) ** 100.0', '0j ** 0', '0j ** 2', '0j ** -1', '0j ** (1+1j)', '(1e200j) ** 100', '(1e200+1e200j) ** 2',
      'abs(3+4j)', 'abs(complex(1e308, 1e308))', 'abs(complex(float("inf"), float("nan")))', '-(1+2j)', '+(1-2j)',
      '(1+2j).conjugate()', '(1+2j).real', '(1+2j).imag', 'bool(0j)', 'bool(1e-300j)', '1j // 1', '1j % 1', 'divmod(1j, 1)',
      '1j < 2j', '~1j', 'pow(1j, 2, 3)', '1j.__pow__(2, 3)', 'complex.__add__(1j, 2)', 'complex.__add__(1j, "a")',
      '(1+1j).__rsub__(3)', 'hash(1+0j) == hash(1)', 'hash(complex(1.5, 2))', '(1+2j) == (1+2j)', '1j.__complex__()'], {'rc': rc})
