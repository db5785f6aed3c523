class P:
    def __init__(self, a, b=2, *rest, **kw):
        self.a = a; self.b = b; self.rest = rest; self.kw = kw
p = P(1)
print(p.a, p.b, p.rest, p.kw)
p = P(1, 3, 4, 5)
print(p.a, p.b, p.rest, p.kw)
class Q:
    def __init__(self):
        return 5
try:
    Q()
except TypeError as e:
    print(e)
class R:
    def __init__(self, x):
        raise ValueError(x)
try:
    R(3)
except ValueError as e:
    print("VE", e)
try:
    P()
except TypeError as e:
    print(e)
class M(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class S(metaclass=M):
    def __init__(self, x):
        self.x = x
print(S(4).x)
class N:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
N(1)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
import sys
def deep(n):
    return D(n)
class D:
    def __init__(self, n):
        if n: self.c = deep(n-1)
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError")
print(type(P.__new__(P)))
