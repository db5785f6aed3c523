def f(a, b=2, *, c=3, **kw):
    return a, b, c, kw
def g(x, y):
    return x - y
def run():
    t = 0
    for i in range(500000):
        t += g(y=1, x=i)
        f(1, c=5, d=6)
    return t
print(run())
print(f(1, b=4, c=5, z=1))
try:
    g(x=1, z=2)
except TypeError as e:
    print(e)
try:
    g(1, x=2)
except TypeError as e:
    print(e)
def r(n, acc=0):
    return acc if n == 0 else r(n=n-1, acc=acc+1)
print(r(n=500))
try:
    r(n=100000)
except RecursionError:
    print("RecursionError")
