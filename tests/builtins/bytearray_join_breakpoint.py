# bytearray slice assignment sources, bytes.join of a non-iterable, str(SyntaxError()), breakpoint() through sys.breakpointhook.
b = bytearray(b"abcdef")
for v in (5, 'a', [1, 2], b"xy", memoryview(b"zz"), (3,), None):
    c = bytearray(b)
    try:
        c[1:3] = v
        print(c)
    except TypeError as e:
        print("TypeError", e)
for v in (5, [b"a", 1], [b"a", "b"], (b"x", bytearray(b"y"))):
    try:
        print(b",".join(v))
    except TypeError as e:
        print("TypeError", e)
print(repr(str(SyntaxError())), repr(str(SyntaxError("x"))))
print(callable(breakpoint))
import sys; sys.breakpointhook = lambda *a, **k: print("hook", a, k); breakpoint(1, x=2); print(sys.__breakpointhook__ is not None if hasattr(sys, "__breakpointhook__") else "nohook")
