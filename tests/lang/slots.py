class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
try:
    s.c = 3
except AttributeError as e:
    print("AE", e)
print(hasattr(s, "__dict__"))
try:
    print(s.b)
except AttributeError as e:
    print("AE", e)
print(S.a, type(S.a).__name__)
s.b = 5
print(s.a, s.b)
del s.b
try:
    del s.b
except AttributeError as e:
    print("AE", e)
print(hasattr(s, "b"))
class T(S):
    pass
t = T()
t.z = 1
print(t.z, t.__dict__)
class U(S):
    __slots__ = "c"
u = U()
u.a, u.c = 1, 2
print(u.a, u.c)
try:
    u.d = 4
except AttributeError as e:
    print("AE", e)
class V:
    __slots__ = ["x", "__dict__"]
v = V()
v.x = 1; v.y = 2
print(v.x, v.__dict__)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("VE", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TE", e)
class P:
    __slots__ = ()
p = P()
try:
    p.q = 1
except AttributeError as e:
    print("AE", e)
class W:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __repr__(self): return "W(%r)" % self.v
print([W(i) for i in range(3)])
