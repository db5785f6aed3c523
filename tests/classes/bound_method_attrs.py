class A:
    def m(self): pass
    def d(self): "doc"
A.m.attr = 5
a = A()
print(a.m.__doc__, a.d.__doc__, a.m.attr, a.m.__name__, a.m.__qualname__, a.m.__module__, getattr(a.m, 'nope', 'dflt'))
def f(): pass
print(f.__doc__, (lambda: 0).__doc__)
try: a.m.attr = 6
except AttributeError as e: print(e)
