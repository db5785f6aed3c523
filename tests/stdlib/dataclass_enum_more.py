# dataclasses (order, frozen, InitVar, KW_ONLY, slots, errors) and enums (value tuples, IntFlag, auto, IntEnum, unique, aliases, str mixins).
# dataclasses and enum deeper behaviour
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
import enum
@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
a, b = Item(2, 'b'), Item(1, 'a', ['x'])
print(a, b, a > b, sorted([a, b]), a == Item(2, 'zzz'), asdict(b), astuple(a))
print([f.name for f in fields(Item)], replace(a, priority=5))
@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 0
fr = Frozen(1)
try:
    fr.x = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(fr) == hash(Frozen(1)), {fr: 1}[Frozen(1, 0)])
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 5))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(KW(1, b=2), KW(1, c=5))
try:
    KW(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print('ValueError', e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
@dataclass
class Child(Item):
    extra: int = 0
print(Child(1, 'c', [], 5))
@dataclass(slots=True)
class Slotted:
    a: int
s = Slotted(1)
print(s, hasattr(s, '__dict__'), Slotted.__slots__)
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet['MERCURY'].mass, Planet((3.303e+23, 2.4397e6)).name)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, int(rw), rw & Perm.W, ~Perm.R, list(Perm))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
    C = 'c'
print(list(Auto), Auto.B.value, Auto('c'), Auto.A < Auto.B if hasattr(Auto.A, '__lt__') and False else 'nolt')
try:
    Auto(99)
except ValueError as e:
    print('ValueError', e)
try:
    Auto.A = 5
except AttributeError as e:
    print('AttributeError', e)
class Shade(enum.IntEnum):
    LIGHT = 1
    DARK = 2
print(Shade.DARK > Shade.LIGHT, Shade.DARK + 1, sorted([Shade.DARK, Shade.LIGHT]), Shade(1), f'{Shade.DARK}', str(Shade.DARK), format(Shade.LIGHT, 'd'))
@enum.unique
class U(enum.Enum):
    X = 1
    Y = 2
try:
    @enum.unique
    class Dup(enum.Enum):
        X = 1
        Y = 1
except ValueError as e:
    print('ValueError', e)
class Alias(enum.Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Alias.__members__.keys() if False else list(Alias.__members__))
class StrE(str, enum.Enum):
    HI = 'hi'
print(StrE.HI == 'hi', StrE.HI.upper(), f'{StrE.HI}', StrE('hi'), isinstance(StrE.HI, str))
print(Color := None)
class F(enum.Flag):
    A = 1
    C = 4
print(~F.A, ~F.C, ~(F.A | F.C), repr(~F.A), F(0), repr(F(0)), F.A | F.C)
class I(enum.IntFlag):
    A = 1
    C = 4
print(~I.A, repr(~I.A), ~I.C, repr(I(0)))
