"""from __future__ import annotations: annotations are kept as text (CPython's unparser)."""
from __future__ import annotations
import __future__
from dataclasses import dataclass, field

def f(a: int, b: list[int] = [], *args: tuple[str, ...], c: dict[str, list[int | None]] = None, **kw: 'Any') -> Optional[Callable[[int, str], bool]]:
    return a
print(f.__annotations__)
print(f(5))

def g(x: a.b.c, y: a[1:2, ::3], z: a[1:2], w: (1, 2), v: (1,), u: (), t: [1, 2], s: {1: 2, **d}, r: {1, 2}) -> -x ** -y:
    pass
print(g.__annotations__)

def h(a: x if y else z, b: lambda: 1, c: lambda p, q=1, *r, s, t=2, **u: p, d: not x, e: x and y or z, f: (x or y) and z) -> x < y <= z is not w:
    pass
print(h.__annotations__)

def k(a: 1 + 2 * 3, b: (1 + 2) * 3, c: 2 ** 3 ** 4, d: (2 ** 3) ** 4, e: -1, f: ~x, g: x @ y // z % w, h: x << 1 | y >> 2 & z ^ w) -> None:
    pass
print(k.__annotations__)

def m(a: 'quoted', b: "dq", c: b'bytes', d: 1.5, e: 1e100, f: 1j, g: ..., h: None, i: True, j: 10 ** 30, k: 0.1, l: 1e-7, n: 'it\'s', o: "a\nb") -> 123456789012345678901234567890:
    pass
print(m.__annotations__)

def n(a: [x for x in y], b: {x: y for x, y in z if x}, c: (x for x in y), d: {x async for x in y}, e: f(*a, **b), f: f(x, y=1), g: f(x for x in y), i: x[y][z].w()) -> x.y[1, 2]:
    pass
print(n.__annotations__)

def o(a: f'{x}', b: f'{x!r:>{w}} and {{braces}}', d: await_ if True else 0, e: 1 .real, f: (1).real, g: x[()], h: x[1,]) -> 'str':
    pass
print(o.__annotations__)

class C:
    a: int
    b: ClassVar[list[str]] = []
    c: 'C' = None
    d: Final = 3
    def method(self, other: C) -> C:
        return other
print(C.__annotations__, C.b, C.d)
print(C.method.__annotations__)

@dataclass
class Point:
    x: float
    y: float = 0.0
    tags: list[str] = field(default_factory=list)
p = Point(1.5)
print(p, Point.__annotations__)

x: SomeUndefinedType = 5
y: dict[str, 'Forward'] = {}
print(x, __annotations__)
print(__future__.annotations.compiler_flag, __future__.division.getOptionalRelease())

class Later:
    lst2: int = 1 if False else 0
    lst: list
print(Later.__annotations__)
