from enum import Enum, IntEnum, Flag, IntFlag, auto
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def describe(self): return '%s=%d' % (self.name, self.value)
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.SQUARE.describe(), Shape.default(), [s.name for s in Shape], Shape(3).name, Shape.CIRCLE.value)
class Color(IntFlag):
    R = 1
    G = 2
    B = 4
print(Color.R | Color.G == 3, int(Color.R | Color.B), Color(6) == Color.G | Color.B, Color.R & 1)
class Dir(str, Enum):
    N = 'north'
    S = 'south'
print(Dir.N == 'north', Dir('south').name, Dir.N.value.upper(), isinstance(Dir.N, str))
class Num(Enum):
    ONE = auto()
    TWO = auto()
    THREE = auto()
print([m.value for m in Num], Num.ONE < Num.TWO if False else '', Num['TWO'], Num(3))
print(Shape.SQUARE.__class__ is Shape, type(Shape).__name__ in ('EnumMeta', 'EnumType'), hash(Num.ONE) == hash(Num.ONE), Num.ONE != Num.TWO)
try: Num.ONE < Num.TWO
except TypeError as e: print(e)
