# Class basics: attributes, methods, instances, special attributes.
class A:
    """Doc of A."""
    x = 1
    def __init__(self, v=0):
        self.v = v
    def get(self):
        return self.v
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def st(a, b):
        return a + b
    @property
    def double(self):
        return self.v * 2
a = A(3)
print(a.v, a.get(), A.get(a), A.make(4).v, A.st(1, 2), a.st(3, 4), a.double, A.x, a.x)
print(A.__name__, A.__qualname__, A.__doc__, A.__module__, type(a) is A, a.__class__ is A)
print(sorted(k for k in A.__dict__ if not k.startswith('__')), a.__dict__)
a.x = 5
print(a.x, A.x)
del a.x
print(a.x)
A.y = 'new'
print(a.y)
class B(A):
    def get(self):
        return 'B' + str(super().get())
b = B(7)
print(b.get(), isinstance(b, A), issubclass(B, A), B.__bases__[0].__name__, B.make(1).__class__.__name__)
print([c.__name__ for c in B.__mro__], B.mro() == list(B.__mro__))
# methods are functions in the class dict
print(type(A.__dict__['get']).__name__, type(A.__dict__['make']).__name__, type(A.__dict__['st']).__name__)
print(type(a.get).__name__, a.get.__self__ is a, a.get.__func__ is A.get)
# bound method equality
print(a.get == a.get, a.get == A(3).get)
# calling instance without __call__
try:
    a()
except TypeError as e:
    print('TypeError', e)
# missing attribute messages
try:
    a.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    A.nope
except AttributeError as e:
    print('AttributeError', e)
# __init__ returning non-None
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print('TypeError', e)
# class with no __init__ but args
class Empty: pass
try:
    Empty(1)
except TypeError as e:
    print('TypeError', e)
# class body executes statements
class Body:
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    if items:
        flag = True
print(Body.items, Body.flag, hasattr(Body, 'i'))
# class attribute shared mutable
class Shared:
    lst = []
s1, s2 = Shared(), Shared()
s1.lst.append(1)
print(s2.lst)
# setattr/getattr/hasattr/delattr on classes and instances
setattr(a, 'dyn', 9)
print(getattr(a, 'dyn'), getattr(a, 'missing', 'dflt'), hasattr(a, 'dyn'))
delattr(a, 'dyn')
print(hasattr(a, 'dyn'))
# type() three-arg form
T = type('T', (A,), {'z': 26, 'get': lambda self: 'T.get'})
t = T(1)
print(T.__name__, t.z, t.get(), t.v, T.__bases__ == (A,))
# __class__ assignment
class P: 
    def who(self): return 'P'
class Q:
    def who(self): return 'Q'
p = P()
p.__class__ = Q
print(p.who(), type(p).__name__)
# class repr and str
print(repr(A).startswith("<class '__main__.A'"), str(int), repr(type))
# nested classes
class Outer:
    class Inner:
        val = 'inner'
    def make(self):
        return self.Inner()
print(Outer().make().val, Outer.Inner.__qualname__)
# __slots__ not involved; __dict__ update
o = Empty()
o.__dict__.update({'a': 1, 'b': 2})
print(o.a, o.b, vars(o))
