for f in (lambda: object(1), lambda: int("12"), lambda: int(x=1), lambda: str(b"a", "ascii"), lambda: tuple([1,2]), lambda: list((1,2)),
          lambda: dict(a=1), lambda: set([1]), lambda: frozenset([2]), lambda: bytes(3), lambda: bytearray(b"x"), lambda: float("1.5"), lambda: complex(1, 2),
          lambda: range(3), lambda: bool(0), lambda: type(3), lambda: slice(1, 2), lambda: str(), lambda: int(), lambda: tuple(1), lambda: float(x=1),
          lambda: memoryview(b"ab").tolist(), lambda: list(reversed([1,2])), lambda: list(enumerate("ab")), lambda: list(zip("ab", "cd")), lambda: super()):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class S(str): pass
print(repr(S("x")), type(S("x")).__name__)
