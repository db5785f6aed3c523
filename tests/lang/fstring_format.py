x = 42; name = 'abc'; pi = 3.14159
print(f'{x}', f'{x!r}', f'{name!r}', f'{name!a}', f'{"é"!a}', f'{x:5}|', f'{x:<5}|', f'{x:^7}|', f'{x:08.3f}')
print(f'{pi:.2f} {pi:10.3e} {pi:g} {x:x} {x:#o} {x:b} {x:,} {1234567.891:,.2f} {0.5:%} {x:+d}')
print(f'{x=}', f'{x = }', f'{pi=:.1f}', f'{name=!r}', f'{x*2=}')
w = 10; p = 3
print(f'{pi:{w}.{p}f}|', f'{name:>{w}}|', f'{{literal}}', f'{{{x}}}')
print(f'{"nested " + f"{x}"}', f"{'quote'}", f'''{"triple"}''')
d = {'k': 'v'}
print(f'{d["k"]}', f"{d['k']}", f'{[1,2][0]}', f'{(lambda: 5)()}', f'{x if x else 0}')
print(f'{3.0:.0f}', f'{-0.0}', f'{1e20}', f'{1e-7}', f'{float("inf")}', f'{float("nan")}', f'{2**64}')
print(f'{"abc":.2}', f'{"x":*^9}', f'{12:03}', f'{-12:05}', f'{12:_b}', f'{True}', f'{None}', f'{[1, "a"]}')
class Fmt:
    def __format__(self, spec): return f'Fmt({spec})'
    def __str__(self): return 'str'
    def __repr__(self): return 'repr'
print(f'{Fmt()}', f'{Fmt():xyz}', f'{Fmt()!s}', f'{Fmt()!r}', format(Fmt(), 'q'), '{:abc}'.format(Fmt()))
print(f'{x}' f'{name}' 'plain' f'{pi:.1f}')
print(f'a\tb', rf'\n{x}', fr'{x}\t')
print(f'{x:{"^"}{10}}')
print(f"{'a' 'b'}")
print(f'{x!s:>5}')
print(f'{1:{"d"}}')
try: print(f'{x:z}')
except ValueError as e: print(e)
try: print(f'{"s":d}')
except ValueError as e: print(e)
try: print(f'{1:s}')
except ValueError as e: print(e)
print(f'''{
x
}''')
print(format(1.5, ''), format(1, ''), format('s', ''), str.format('{}', 1))
print('{0!r:>10}'.format('a'), '{:{}{}}'.format(1, '>', 5), '{a[0]}{b.real}'.format(a=[7], b=2))
try: '{0}{1}'.format(1)
except IndexError as e: print(e)
try: '{a}'.format()
except KeyError as e: print(repr(e))
try: '{}{0}'.format(1, 2)
except ValueError as e: print(e)
try: '{'.format()
except ValueError as e: print(e)
try: '}'.format()
except ValueError as e: print(e)
print('%5.2s|' % 'abc', '%-6r|' % 'a', '%%', '%c%c' % (72, 'i'), '%.3d' % 5, '%+.2e' % 12345.678, '%#X' % 255, '%o' % -8)
print('%s %s' % ('a', 'b'), '%(x)s-%(x)s' % {'x': 1}, '%d%%' % 50, '%i' % 3.9, '%x' % True)
try: '%d' % None
except TypeError as e: print(e)
try: '%z' % 1
except ValueError as e: print(e)
try: '%(a)s %s' % {'a': 1}
except TypeError as e: print(e)
print('%s' % ((1, 2),), '%r' % {'a': 1})
print('%.0f %.1f %.2f' % (0.5, 0.25, 1.005), '%g %g %g' % (100000, 1000000, 1e-5), '%e' % 0)
print('%10.4f|%-10.2f|%010.3f' % (pi, pi, -pi))
