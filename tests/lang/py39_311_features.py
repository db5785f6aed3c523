# Features from 3.9-3.11: dict union, str.removeprefix, type hints generics, match, except*, notes.
print({'a': 1} | {'b': 2}, 'prefix_x'.removeprefix('prefix_'), list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__, list[int]() == [])
print(int | str, type(int | str).__name__, isinstance(5, int | str), isinstance('s', int | None), issubclass(bool, int | float))
print((int | str).__args__, int | str == str | int, (int | None))
# zip strict
print(list(zip([1, 2], 'ab', strict=True)))
try:
    list(zip([1, 2], 'abc', strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError', e)
# int.bit_count, aiter/anext exist
print((255).bit_count(), callable(aiter), callable(anext))
# parenthesized context managers
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *a): print('exit', self.n)
with (
    CM(1) as a,
    CM(2) as b,
):
    print(a + b)
# match statement
def classify(v):
    match v:
        case 0 | 1:
            return 'small'
        case int(n) if n < 0:
            return f'negative {n}'
        case [x, y, *rest]:
            return f'seq {x} {y} +{len(rest)}'
        case {'type': 'pt', 'x': x, **others}:
            return f'pt {x} {sorted(others)}'
        case str() as s:
            return 'str ' + s
        case _:
            return 'other'
for v in [0, -5, [1, 2, 3, 4], (9, 8), {'type': 'pt', 'x': 1, 'z': 2}, 'hi', 3.5]:
    print(classify(v))
# exception notes
try:
    e = ValueError('base')
    e.add_note('first note')
    e.add_note('second note')
    raise e
except ValueError as ex:
    print(ex.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print('TypeError', e)
# except*
try:
    raise ExceptionGroup('grp', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print('values', [str(x) for x in g.exceptions])
except* TypeError as g:
    print('types', [str(x) for x in g.exceptions])
eg = ExceptionGroup('outer', [KeyError('k'), ExceptionGroup('inner', [OSError('o')])])
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))), eg.split(KeyError)[0].exceptions)
# str/bytes/bytearray/int methods new in 3.9-3.11
import math
print(math.lcm(4, 6), math.gcd(12, 18, 24), math.isqrt(99), math.nextafter(1.0, 2.0) > 1, math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.comb(5, 2), math.perm(5, 2), math.cbrt(8.0), math.exp2(3))
# dict views mapping attribute
d = {'x': 1}
print(d.keys().mapping, dict(d.items().mapping))
# bool(NotImplemented) deprecated still works; reversed dict
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
# type hints with builtins in annotations evaluate
def f(x: list[int] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
