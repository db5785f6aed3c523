class A: pass
class B:
    def __str__(self): return 'B-str'
r = repr(A())
print(r.startswith('<__main__.A object at 0x'), r.endswith('>'), str(B()), repr(B()).startswith('<__main__.B'))
print(repr(A), str(A), repr(len), repr([].append)[:31])
print(repr(type), repr(object), repr(print), repr(None.__class__), repr(int.real)[:27])
def f(): pass
print(repr(f).startswith('<function f at 0x'), repr(lambda: 0).startswith('<function <lambda> at'))
class C:
    def m(self): pass
print(repr(C().m).startswith('<bound method C.m of <__main__.C object at'), repr(C.m).startswith('<function C.m at'))
import math
print(repr(math.floor))
