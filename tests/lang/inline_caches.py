# Attribute, method and global lookups must see every change, even when
# the same instruction ran before (upy caches lookups per instruction).

class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def m(self):
        return "A.m"

def getx(o):
    return o.x

def gety(o):
    return o.y

def setx(o, v):
    o.x = v

def callm(o):
    return o.m()

a = A(1, 2)
b = A(3, 4)
print(getx(a), getx(b), gety(a), gety(b))

# instances whose attributes were added in another order
c = A.__new__(A)
c.y = 10
c.x = 20
print(getx(c), gety(c), getx(a))

# deleting and re-adding moves the attribute
del a.x
try:
    getx(a)
except AttributeError as e:
    print("AttributeError", e)
a.x = 5
print(getx(a), gety(a))

# a data descriptor added to the class later wins over the instance dict
for o in (a, b):
    setx(o, 7)
A.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(getx(a), getx(b))
setx(a, 8)
print(a.__dict__)
del A.x
print(getx(a))

# methods: replaced on the class, shadowed by the instance, inherited
print(callm(a))
A.m = lambda self: "new A.m"
print(callm(a))
a.m = lambda: "instance m"
print(callm(a), callm(b))
del a.m
print(callm(a))

class B(A):
    pass

bb = B(0, 0)
print(callm(bb))
B.m = lambda self: "B.m"
print(callm(bb), callm(a))

# __class__ assignment
class C:
    def m(self):
        return "C.m"
    x = "C.x"
o = A(1, 2)
print(callm(o), getx(o))
o.__class__ = C
print(callm(o), getx(o))
del o.x
print(getx(o))

# __setattr__ / __getattribute__ added after the fact
def noisy(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
A.__setattr__ = noisy
setx(b, 9)
print(getx(b))
A.__getattribute__ = lambda self, name: "ga:" + name
print(getx(b), gety(b))
del A.__getattribute__
del A.__setattr__
print(getx(b), gety(b))

# globals: rebinding, deleting, shadowing builtins
G = 1
def readg():
    return G
def readlen():
    return len("abc")
print(readg(), readlen())
G = 2
print(readg())
del G
try:
    readg()
except NameError as e:
    print("NameError", e)
G = 3
print(readg())
len = lambda s: "shadowed"
print(readlen())
del len
print(readlen())
import builtins
old_abs = builtins.abs
def useabs():
    return abs(-3)
print(useabs())
builtins.abs = lambda v: "patched"
print(useabs())
builtins.abs = old_abs
print(useabs())

# the same code object run with different globals
src = "def f():\n    return V\n"
g1 = {"V": "one"}
g2 = {"V": "two"}
exec(src, g1)
exec(src, g2)
code = g1["f"].__code__
print(g1["f"](), g2["f"]())
f3 = type(g1["f"])(code, {"V": "three"})
print(f3(), g1["f"]())
f4 = type(g1["f"])(code, {"__builtins__": {"V": "from builtins"}})
print(f4())

# many instances in a loop
objs = [A(i, -i) for i in range(5)]
objs[2].__dict__.clear()
objs[2].z = 0
objs[2].x = "late"
print([getx(p) for p in objs])

# STORE_GLOBAL in place, then after the globals change shape
def setg(v):
    global H
    H = v
setg(1)
print(H)
setg(2)
print(H)
del H
setg(3)
print(H)
globals()["other"] = 1
setg(4)
print(H, globals().get("other"))
