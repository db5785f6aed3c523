import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
a = A(1)
r = weakref.ref(a)
print(r() is a, r().n, type(r).__name__)
print(r == weakref.ref(a), hash(r) == hash(a))
try:
    weakref.ref([1])
except TypeError as e:
    print("TE", e)
try:
    weakref.ref(5)
except TypeError as e:
    print("TE", e)
log = []
b = A(2)
rb = weakref.ref(b, lambda w: log.append("dead"))
print(rb.__callback__ is not None)
del b
gc.collect()
print(rb(), log)
d = weakref.WeakValueDictionary()
x = A(3)
d["x"] = x
print(d["x"].n, "x" in d, len(d))
del x
gc.collect()
print("x" in d, len(d), list(d.keys()))
s = weakref.WeakSet()
y = A(4)
s.add(y)
print(len(s), y in s)
del y
gc.collect()
print(len(s))
k = weakref.WeakKeyDictionary()
z = A(5)
k[z] = "five"
print(k[z], len(k))
del z
gc.collect()
print(len(k))
f = A(6)
fin = weakref.finalize(f, print, "finalized")
print(fin.alive)
del f
gc.collect()
print(fin.alive)
wm = weakref.WeakMethod(a.m)
print(wm()())
def fn(): pass
print(weakref.ref(fn)() is fn)
