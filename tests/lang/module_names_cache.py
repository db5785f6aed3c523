x = 1
def f(): return x
print(x, f())
globals()['x'] = 2
print(x, f())
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
x = 5
print(x)
len = lambda s: 99
print(len("ab"))
del len
print(len("ab"))
class C:
    y = x + 1
    x = 10
    z = x
    print(y, z, x)
exec("w = x * 3; print(w, x)")
print(w)
ns = {"x": 7}
exec("x = x + 1; v = x", ns)
print(ns["x"], ns["v"], x)
for i in range(3):
    t = i
print(t, i)
import builtins
builtins.newb = "nb"
print(newb)
del builtins.newb
try:
    newb
except NameError as e:
    print("NameError", e)
