import enum
class C(enum.Enum):
    A = 1
    B = 2
class I(enum.IntEnum):
    X = 1
class F(enum.Flag):
    R = 1
    W = 2
print(C.A, C(2), I.X + 1, F.R | F.W, list(C), C.A.name, C.A.value, repr(C.B), isinstance(I.X, int))
