class A:
    def __init__(self): self.n = 0
    def inc(self, k=1):
        self.n += k
        return self.n
a = A()
inc = a.inc
for i in range(100000):
    inc()
    inc(k=2)
print(a.n)
def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def add(x, y=0):
    return x + y
t = 0
for i in range(100000):
    t += add(i, y=1) + add(i)
print(t)
print(add(*[1], **{"y": 5}))
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)
try:
    inc(1, 2)
except TypeError as e:
    print(e)
def r(n):
    return n if n == 0 else rr(n - 1)
rr = deco(r)
try:
    rr(100000)
except RecursionError:
    print("RecursionError")
print(rr(100))
class B:
    def m(self, *a, **k): return (a, k)
print(B().m(*(1, 2), **{"z": 3}))
f = B().m
print(f(1, q=2))
