# enum: 3.11 semantics (reprs, str/format, Flag iteration and boundaries, StrEnum, auto, unique, _missing_).
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f'{Color.RED}', Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, list(Color.__members__), Color.RED in Color, 1 in [m.value for m in Color])
for bad in (lambda: Color(7), lambda: Color['NOPE'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED.__class__('x')):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, format(Num.ONE, '03d'), f'{Num.TWO}', str(Num.ONE), sorted([Num.TWO, Num.ONE]), Num(1) is Num.ONE)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), Perm.R in rw, Perm.X in rw, ~Perm.R, repr(Perm(0)), bool(Perm(0)), Perm.RWX, list(Perm), len(Perm.RWX))
print(Perm(6), Perm(7), rw & Perm.W, rw ^ Perm.R, rw.name, Perm.RWX.name, Perm(0).name)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 4, IP.A + 1, IP(8), repr(IP(3)), ~IP.A, str(IP.B), format(IP.A | IP.B))
class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, repr(S.X), S.Y.upper(), S.X == 'x', format(S.Y), f'{S.X}', S('why'))
class A(Enum):
    a = auto()
    b = auto()
    c = 10
    d = auto()
print([(m.name, m.value) for m in A])
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    FOO = auto()
    BAR = auto()
print(list(Lower), Lower.FOO.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Miss(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(Miss(99))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def g(self): return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.EARTH.value, Planet((5.97e24, 6.37e6)))
Animal = Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.BEE.value, Enum('X', [('a', 5), ('b', 6)]).b.value, Enum('Y', {'k': 'v'}).k)
try: Enum('Bad', 'a a')
except TypeError as e: print(e)
class Ext(Enum):
    A = 1
try:
    class Ext2(Ext): B = 2
except TypeError as e: print(e)
print(Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED), Color.RED.__class__.__name__, type(Color).__name__)
print(enum.unique(Color) is Color if False else 'x', Perm._value2member_map_[4] if hasattr(Perm, '_value2member_map_') else Perm.R)
class E2(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(E2))
print(Perm.R.value, IP.A.value, (IP.A | IP.B).value, Perm(5), enum.Flag.__name__)
class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try: Strict(8)
except ValueError as e: print(e)
class Keep(Flag, boundary=enum.KEEP):
    A = 1
print(repr(Keep(9)))
print(IntEnum.__mro__[1].__name__, issubclass(IntFlag, int), isinstance(Num.ONE, int))
