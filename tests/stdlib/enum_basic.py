from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), Color.RED in Color)
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print('KeyError', e)
class N(IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B == 2, N(1), sorted([N.B, N.A]), int(N.B))
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, bool(Perm.R & Perm.X), Perm.R in (Perm.R | Perm.W))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Al(Enum):
    A = 1
    B = 1
print(Al.B, Al.B is Al.A, list(Al))
print(Color.__members__.keys(), type(Color.RED).__name__)
try: Color.RED = 5
except AttributeError as e: print(e)
print({Color.RED: 'r'}[Color.RED], hash(Color.RED) == hash(Color.RED))
