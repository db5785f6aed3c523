# string.Template, string.Formatter, nested format fields, conversions, format errors, format_map with __missing__.
import string
t = string.Template('$who likes ${what}s, $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords(' hello   world '), len(string.printable))
fmt = string.Formatter()
print(fmt.format('{0}-{x}', 1, x=2), list(fmt.parse('a{0:>3}b{x!r}')))
print('{:{fill}{align}{width}}'.format('c', fill='*', align='^', width=7))
print('{0[a]} {0[b][1]} {1.real}'.format({'a': 1, 'b': [5, 6]}, 3j))
print('{!s:>5}|{!r:<6}|{!a}'.format('x', 'y', 'ü'))
print('{:%Y}'.format(type('D', (), {'__format__': lambda s, spec: 'Y=' + spec})()))
print('{}'.format(*[1, 2]), '{1}{0}'.format('a', 'b'), '{0}{0}'.format('r'))
for bad in ['{', '}', '{0', '{:d}'.format, '{0[}', '{a.}', '{!}', '{0!x}']:
    try:
        if callable(bad):
            bad('x')
        else:
            bad.format(1, a=1)
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print('%(a)s %(a)r' % {'a': 'v'}, '%%%d%%' % 5, '%.3s|%5.1s|' % ('abcdef', 'xyz'))
print('{:,.2f}'.format(1234567.891), '{:_b}'.format(255), '{:08.3%}'.format(0.5), '{:+,}'.format(-1234))
print(format(12345.6789, '.2e'), format(0.000012, '.2g'), format(123456789, ',d'), format(-0.0, '.1f'), format(float('nan'), '>6'))
print(str.format_map('{x}-{y}', {'x': 1, 'y': 2}), '{x}'.format_map(type('M', (dict,), {'__missing__': lambda s, k: k.upper()})()))
