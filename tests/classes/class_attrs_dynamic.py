class A:
    pass
A.x = 1
A.method = lambda self: 'dynamic ' + str(self.x)
a = A()
print(a.x, a.method(), A.__dict__['x'], 'method' in A.__dict__)
A.x = 2; print(a.x)
a.x = 3; print(a.x, A.x)
del a.x; print(a.x)
del A.method
print(hasattr(a, 'method'))
def m(self): return 'late bound'
A.m = m; print(a.m(), A.m(a), a.m.__func__ is m)
class B(A): pass
A.inherited = 'yes'; print(B().inherited, B.inherited)
B.inherited = 'override'; print(B().inherited, A.inherited)
setattr(B, 'dyn', staticmethod(lambda: 'static dyn')); print(B.dyn(), B().dyn())
setattr(B, 'cdyn', classmethod(lambda cls: cls.__name__)); print(B.cdyn(), B().cdyn())
setattr(B, 'pdyn', property(lambda self: 'prop dyn')); print(B().pdyn)
A.__repr__ = lambda self: 'A-repr'; print(repr(a), repr(B()))
A.__eq__ = lambda self, o: True; print(a == 1, B() == 2)
A.__len__ = lambda self: 3; print(len(a))
A.__call__ = lambda self, *x: x; print(a(1, 2))
A.__getitem__ = lambda self, k: k * 2; print(a[4], B()['ab'])
A.__iter__ = lambda self: iter('xy'); print(list(a))
A.__bool__ = lambda self: False; print(bool(a), not a)
A.__add__ = lambda self, o: 'added'; print(a + 1, B() + 2)
del A.__add__
try:
    a + 1
except TypeError as e:
    print('TypeError', e)
