from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, make_dataclass
from typing import ClassVar, List
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 2), p.x, Point.__match_args__, [f.name for f in fields(p)])
t(lambda: Point())
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=3))
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(5))
t(lambda: hash(p))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'x'
f1 = F(1); f2 = F(2, 'a')
print(f1 < f2, sorted([f2, f1]), hash(f1) == hash(F(1)), f1)
t(lambda: setattr(f1, 'a', 5))
@dataclass
class Inv:
    items: List[int] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 100
    secret: str = field(default='s', compare=False)
i1 = Inv(); i1.items.append(1); print(i1, Inv(), Inv.total, Inv() == Inv(secret='other'))
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.b = self.a * scale
print(Post(3), Post(3, 5))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, b=5), KW(0))
t(lambda: KW(1, 2))
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), fields(Child)[2].name)
t(lambda: exec('@dataclass\nclass Bad:\n  a: int = 1\n  b: int', {'dataclass': dataclass}))
t(lambda: exec('@dataclass\nclass M:\n  a: list = []', {'dataclass': dataclass}))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(slots=True)
class Sl:
    a: int
s = Sl(1); print(s, Sl.__slots__)
t(lambda: setattr(s, 'zz', 1))
MD = make_dataclass('MD', ['a', ('b', int), ('c', int, field(default=3))])
print(MD(1, 2), MD(1, 2, 4))
@dataclass
class Nested:
    p: Point
    ps: list
print(asdict(Nested(Point(1), [Point(2)])))
match Point(0, 5):
    case Point(0, y): print('on y', y)
print(Point.__init__.__qualname__ if hasattr(Point.__init__, '__qualname__') else '', repr(field(default=1))[:20])
