import enum, dataclasses
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value, list(Color), len(Color), Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['NOPE']
except KeyError as e:
    print('KeyError', e)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), Perm(6))
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, Num(2), sorted([Num.TWO, Num.ONE]), Num.ONE == 1)
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
@dataclasses.dataclass
class Pt:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)
p = Pt(1)
print(p, Pt(1, 2) == Pt(1, 2), Pt(1) != Pt(2), dataclasses.asdict(p), dataclasses.astuple(Pt(3, 4)), [f.name for f in dataclasses.fields(Pt)])
@dataclasses.dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
print(F(1) < F(2), sorted([F(2), F(1, 'a')]), hash(F(1)) == hash(F(1)))
try:
    F(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(dataclasses.replace(F(1), b='q'), dataclasses.is_dataclass(F), dataclasses.is_dataclass(F(1)))
try:
    Pt()
except TypeError as e:
    print('TypeError', e)
