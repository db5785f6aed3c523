# string formatting: format-spec mini-language, str.format fields, %-formatting, f-string forms (CPython's test_format/test_unicode cases).
import math
for spec in ('', '10', '<10', '>10', '^10', '*^11', '+', ' ', '-', '08', '+08', '_', ',', '#x', '#o', '#b', 'x', 'X', '#X', 'c', 'd', 'n', 'e', '.3e', 'E', 'f', '.2f', '%', '.1%', 'g', '.3g', '#g', 'G', '010.3f', '=+10', '=10', ',.2f', '_x', '_b'):
    out = []
    for v in (0, 42, -42, 123456789, 3.14159, -0.0, 1e20, 1e-7, math.inf, math.nan):
        try: out.append(format(v, spec))
        except (ValueError, TypeError) as e: out.append('E:' + str(e))
    print(repr(spec), out)
for spec in ('', '>8', '^8', '<3', '.2', '10.3', 's', '=5', '+', 'd', ',', '#'):
    try: print(repr(spec), repr(format('hello', spec)))
    except (ValueError, TypeError) as e: print(repr(spec), type(e).__name__, e)
print('{0}{1}{0}'.format('a', 'b'), '{}{}'.format(1, 2), '{x}-{y}'.format(x=1, y=2), '{0[1]}{0[0]}'.format('ab'), '{0.real}'.format(3j), '{d[k]}'.format(d={'k': 'v'}))
print('{:{w}.{p}f}'.format(math.pi, w=10, p=3), '{0:{1}}'.format('x', '>5'), '{!r}'.format('s'), '{!s:>4}'.format(1), '{!a}'.format('é'), '{{}}'.format(), '{:%}'.format(0.5))
for bad in ('{', '}', '{0', '{!x}', '{0:{1:{2}}}', '{a', '{0[}', '{:d}', '{:s}', '{0}{}', '{}{0}', '{2}', '{x}', '{0.attr}', '{:,s}', '{:=s}'):
    try: print(repr(bad), repr(bad.format(1.5) if bad in ('{:d}',) else bad.format('s') if bad not in ('{2}',) else bad.format(1)))
    except Exception as e: print(repr(bad), type(e).__name__, e)
print('%s %r %a %d %i %o %x %X %e %E %f %F %g %G %c %%' % ('s', 's', 'é', 42, 42, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 65))
print('%5s|%-5s|%05d|%+d|% d|%.2f|%10.3e|%#x|%#o|%*d|%-*d|%.*f' % ('a', 'b', 42, 5, 5, 2.345, 12345.678, 255, 8, 4, 7, 4, 7, 2, 3.14159))
print('%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25}, '%c' % 'z', '%s' % (1,), '%s' % [1], '%r' % ((1, 2),), b'%s %d %x' % (b'ab', 5, 255), b'%c' % 65)
for bad in (('%d', 'x'), ('%s %s', 1), ('%c', 'ab'), ('%(a)s', 1), ('%z', 1), ('%d', ()), ('%s', (1, 2)), ('%c', 1114112), ('%x', 1.5), ('%', 1)):
    try: print(repr(bad[0] % bad[1]))
    except Exception as e: print(bad[0], type(e).__name__, e)
x = 5; name = 'n'
print(f'{x=}', f'{x = }', f'{x=:>4}', f'{name!r:>5}', f'{x:{x}}', f'{"nested"!s:^10}', f'{x:#b}', f'{3.0:g}', f'{1e6:,.0f}', f'{12345:_}', f'{x+1=}')
print(f'{math.pi:.{x}f}', f"{'a' 'b'}", f'{{literal}}', f'{[1, 2][0]}', f'{(lambda: 4)()}', f'{x!s}', f'{-0.0:+}', f'{1:0=3}')
print(format(1 + 2j), format(1.5 - 0j, '.2f'), format(complex(1, -1), '^12'), '{:e}'.format(1j), format(2 ** 100, ','), format(-2 ** 70, '_x'), format(True, 'd'), format(True))
print(format(1234.5, 'n'), format(0.0001, 'g'), format(123456789.0, 'g'), format(1.0, 'r') if False else 0, format(1e16, ''), format(1.0, '.0f'), format(2.5, '.0f'), format(0.125, '.2f'))
print(str.format('{}', None), '{0!r:^9}'.format(None), '{:>5}'.format(None) if False else 0, ' {:5}|'.format(True), '{:5}|'.format(3.0), '{:5}|'.format('ab'))
