vals = [0j, 1j, -1j, 1 + 1j, -1.5 - 2.5j, 1e20 + 1e-20j, complex(1, float('inf')), complex(float('nan'), 0), complex(-0.0, 0), complex(0, -0.0), 3 + 0j, 1 / 3 + 2 / 3j]
for v in vals:
    print(repr(v), str(v), format(v, ''), format(v, '.2f'), format(v, 'g'), format(v, '>20'), format(v, '+.1e'), format(v, '^25.3g'))
print(complex('1e3j'), complex('-j'), complex('+1.5e-2-3e2J'), complex(' (1+2j) '), complex('1_0+2_0j'))
for s in ['1+', '(1+2j', 'j', '1+2jj', '1e+j', '']:
    try:
        print(complex(s))
    except ValueError as e:
        print('ValueError', e)
try:
    format(1j, 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format(1j, '=10')
except ValueError as e:
    print('ValueError', e)
try:
    format(1j, '010')
except ValueError as e:
    print('ValueError', e)
print(f'{1+2j:}', f'{1+2j!r}', '%s' % (1 + 2j), '{:10}|'.format(2j))
