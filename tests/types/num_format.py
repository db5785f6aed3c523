for v in [0, 1, -1, 255, 10**20, -(10**20)]:
    print(format(v, 'd'), format(v, '+d'), format(v, ' d'), format(v, 'x'), format(v, '#X'), format(v, 'o'), format(v, '#b'), format(v, ','), format(v, '_x'), format(v, '>12'), format(v, '<12'), format(v, '^12'), format(v, '012'), format(v, 'e'), format(v, '%'), format(v, 'n'))
for v in [0.0, -0.0, 1.5, -2.25, 1e-10, 123456.789, 1e300, float('inf'), float('-inf'), float('nan'), 1/3]:
    print(format(v, ''), format(v, 'f'), format(v, '.2f'), format(v, 'e'), format(v, '.3e'), format(v, 'g'), format(v, '.3g'), format(v, '%'), format(v, '+.1f'), format(v, '010.2f'), format(v, ',.2f'), format(v, 'G'), format(v, 'E'), repr(v), str(v))
for v in [1+2j, -1.5-0j, complex(0, -0.0), 1e10j]:
    print(format(v, ''), format(v, '.2f'), format(v, 'e'), format(v, '>20'), repr(v))
for spec in ['x', 'c', 'b', ',x', '=', 'z']:
    for v in (1.5, 'a', 3):
        try: print(spec, format(v, spec))
        except (ValueError, TypeError) as e: print(spec, type(e).__name__, e)
print(format(65, 'c'), format(True, 'x'), format(3, '.2f'), format(2**63, ','), int('0x1f', 16), int('1_000'), int(' 7 '), float(' 1e3 '), float('-inf'), int('0b101', 0), int('z', 36))
for bad in ('1.5', '', '0x', '1__0', 'abc'):
    try: int(bad)
    except ValueError as e: print(e)
for bad in ('x', '', '1e', 'nan1'):
    try: float(bad)
    except ValueError as e: print(e)
