import enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | 1), repr(1 | Perm.R), Perm.R & 5, repr(Perm.R ^ Perm.R), Perm.R + 1, type(Perm.R + 1).__name__)
class F(enum.Flag):
    A = 1
    B = 2
print(repr(F.A | F.B), F.A in (F.A | F.B), bool(F.A & F.B))
