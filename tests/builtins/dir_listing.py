class A:
    x = 1
    def m(self): pass
a = A(); a.y = 2
print(dir(a))
print(dir(A))
class B(A):
    __slots__ = ()
print([n for n in dir(B) if not n.startswith('__')])
import math
print([n for n in dir(math) if not n.startswith('_')][:10])
def f(): pass
print(dir(f))
print(dir(None))
print(dir(5)[:5], len(dir(5)), len(dir('')), len(dir([])), len(dir({})))
print(dir())
