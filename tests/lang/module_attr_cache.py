import math, types, sys
def f():
    return math.sqrt(4), math.pi
print(f())
math.pi2 = 6.28
print(math.pi2, f())
m = types.ModuleType("m")
m.x = 1
def g(): return m.x
print(g()); m.x = 2; print(g()); del m.x
try: g()
except AttributeError as e: print("AE", e)
m.__dict__["x"] = 5; print(g())
print(m.__dict__ is vars(m), m.__class__.__name__)
class M(types.ModuleType):
    @property
    def x(self): return "prop"
mm = M("mm"); print(mm.x)
def h(mod): return mod.x
print(h(m), h(mm), h(m))
mod = sys.modules[__name__]
def k(): return mod.f.__name__
print(k())
