# Features from 3.6-3.8: f-strings, underscores, variable annotations, walrus, pos-only.
name, width, prec, val = 'pi', 10, 3, 3.14159265
print(f'{name!r:>{width}}|{val:{width}.{prec}f}|{val:<{width}.{prec}e}|')
print(f'{val=}', f'{val = :.2f}', f'{name=!s}', f'{1 + 1 = }', f"{'nested ' + f'{name}'}")
print(f'{{literal}} {{{name}}}', f'{3:#x}{4:#o}{5:#b}', f'{"q"!a}', f'{10**3:,}', f'{0.25:%}')
d = {'k': [1, 2]}
print(f"{d['k'][1]}", f'{d["k"]!r}', f'{(lambda x: x * 2)(4)}', f'{"a" if val > 3 else "b"}')
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return f'${self.v:{spec or ".2f"}}'
    def __str__(self): return 'Money-str'
    def __repr__(self): return 'Money-repr'
m = Money(12.5)
print(f'{m}', f'{m:.0f}', f'{m!s}', f'{m!r}', format(m, '08.3f'), '{:>5}'.format(m), '{0!r:>12}'.format(m))
# variable annotations
x: int = 5
y: 'list[int]'
class Annotated:
    a: int
    b: str = 'bee'
    c: list = []
print(x, 'y' in dir(), Annotated.__annotations__, Annotated.b, hasattr(Annotated, 'a'))
print(__annotations__)
def fa():
    local: int = 3
    unset: str
    return local
print(fa())
# walrus
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print('long', n)
while (item := data.pop()) != 3:
    print('popped', item)
print([y for x in range(6) if (y := x * x) % 2], y)
print((s := 'abc').upper(), s)
def walrus_scope():
    [w := i for i in range(3)]
    return w
print(walrus_scope())
# positional-only
def po(a, b, /, c, *, d=0): return a, b, c, d
print(po(1, 2, 3), po(1, 2, c=3, d=4))
try:
    po(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)
def kwargs_collide(a, /, **kw): return a, kw
print(kwargs_collide(1, a=2))
# dict order guaranteed, keyword order preserved
def kw(**k): return list(k)
print(kw(z=1, a=2, m=3))
# async comprehension syntax compiles
import sys
src = 'async def f():\n    return [x async for x in g()]'
compile(src, '<s>', 'exec')
print('async comp ok')
# __set_name__, __init_subclass__ (3.6)
class Field:
    def __set_name__(self, owner, name): self.name = name
class Model:
    f1 = Field()
    f2 = Field()
print(Model.f1.name, Model.f2.name)
# numeric underscores in int()/float()
print(int('1_000'), float('1_0.0_1'), complex('1_0+2_0j'))
# f-string with format spec containing colon and nested braces, datetime-like
class T:
    def __format__(self, spec): return '[' + spec + ']'
print(f'{T():%H:%M}', f'{T():{"x"}{"y"}}', f'{T():}')
print(f'''{
    1 +
    2
}''', f'{"multi" "concat"}', rf'\d{1+1}', fr'{2}\n')
