x = 3.14159; n = 42; s = 'hi'
print(f'{x:.2f} {n:05d} {s!r:>6} {n:#x} {n:b} {x:e} {x:10.3} {n:,} {-n:+} {n:^7}|')
print(f'{x=}', f'{n = }', f'{s=!s}', f'{x=:.1f}', f'{n*2=}')
print(f'{{}} {{{n}}}', f'{"quoted"}', f"{'single'}", f'{s}' f'{n}', f'{n!a}', f'{"é"!a}')
w = 8; p = 3
print(f'{x:{w}.{p}f}|', f'{x:>{w}}|', f'{s:*^{w}}|')
print(f'{[1, 2][0]} {dict(a=1)["a"]} {(lambda: 5)()} {n if n > 0 else -n} {", ".join(["a", "b"])}')
print(f'{3 + 4j} {1e100} {-0.0} {float("inf")} {True} {None} {b"x"}')
print(f'{n:>10_} {1234567.891:,.2f} {0.000012345:.3g} {12345678:.2e} {1.5:%} {0.5:.0%}')
print(f'''{
n
}''', f'{n!r:>5}', f'{s:.1}', f'{123:<+6d}|', f'{-123:=8}', f'{123:08_d}')
class F:
    def __format__(self, spec): return f'F[{spec}]'
    def __repr__(self): return 'Frepr'
    def __str__(self): return 'Fstr'
print(f'{F()}', f'{F():abc}', f'{F()!r}', f'{F()!s:>6}', f'{F()=}')
import datetime
print(f'{"nested {}".format(1)}', f'{f"{n}"}', f'{f"{f"{n}"}"}' if False else '')
try:
    eval("f'{'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval("f'{}'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval("f'}'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval("f'{x!z}'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    f'{n:z}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{s:d}'
except ValueError as e:
    print('ValueError', e)
print(f'{n:c}', f'{65:c}{66:c}', f'{"x":<3}|', f'{5:3}|', f'{"5":3}|', f'{5.0:3}|', f'{True:5}|', f'{True!s:5}|')
print(f'{1_000}', f'{0x10}', f'{1e3:g}', f'{1e16:g}', f'{123456789:g}', f'{0.0001:g}', f'{1e-5:g}', f'{12.0:g}', f'{12.5:G}')
print(f'{12:n}', f'{1.5:n}', f'{1e20:n}', f'{-5:n}')
print(f'{2**100:,}', f'{-2**70:x}', f'{2**64:#o}', f'{10**30:e}', f'{10**20:.3f}')
print(f'{1.0:.0e}', f'{9.999:.2f}', f'{0.125:.2f}', f'{0.375:.2f}', f'{2.675:.2f}', f'{1e-10:f}', f'{123.456:.0f}', f'{-1.5:.0f}')
print(f'{3.0:#.0f}', f'{3:#b}', f'{3.5:#g}', f'{0:#x}', f'{-0.0:+.1f}', f'{0.0:+.1f}', f'{-1e-9:.2f}', f'{-1e-9:z.2f}')
