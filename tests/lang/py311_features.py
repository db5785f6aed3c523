import math, operator, traceback, sys
e = ValueError("bad")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print("TypeError", x)
try:
    raise e
except ValueError as x:
    print("".join(traceback.format_exception_only(type(x), x)), end="")
print(math.cbrt(8.0), math.exp2(10), operator.call(len, "abc"))
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as g:
    print("VE", repr(g), [repr(x) for x in g.exceptions])
except* (TypeError, KeyError) as g:
    print("TK", repr(g), len(g.exceptions))
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
m, rest = eg.split(TypeError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError))))
class C:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class D(C, tag="dd"): pass
print(D.tag)
class Desc:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, objtype=None):
        return self.name
class E:
    attr = Desc()
print(E.attr, E().attr)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x"])
from functools import cached_property
class H:
    n = 0
    @cached_property
    def v(self):
        H.n += 1
        return 42
h = H(); print(h.v, h.v, H.n, "v" in vars(h))
x = 10
print(f"{x=}", f"{x = :>5}", f"{x!r:>4}", f"{'a' 'b'=}")
match {"k": [1, 2, {"z": 3}]}:
    case {"k": [1, *rest]} if rest:
        print("matched", rest)
try:
    raise TypeError("x") from None
except TypeError as t:
    print(t.__suppress_context__, t.__cause__)
print(sys.version_info >= (3, 11))
try:
    int("1" * 5000)
except ValueError as v:
    print("ValueError", str(v)[:60])
print(BaseExceptionGroup("m", [KeyboardInterrupt()]).__class__.__name__, type(ExceptionGroup("m", [ValueError()])).__mro__[1].__name__)
