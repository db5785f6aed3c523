def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def __getattr__(self, name):
        return name * 2
a = A()
print(a.xy, getattr(a, 'q'), hasattr(a, 'anything'))
t(lambda: len(a))
t(lambda: a + 1)
t(lambda: iter(a))
t(lambda: a[0])
t(lambda: a())
class B:
    def __getattribute__(self, name):
        if name == '__class__': return int
        return 'ga:' + name
b = B()
print(b.x, b.__dict__, type(b).__name__, b.__class__)
class C:
    pass
c = C()
c.__len__ = lambda: 5
t(lambda: len(c))
print(c.__len__())
C.__len__ = lambda self: 7
print(len(c))
class D:
    def __getattr__(self, n):
        raise AttributeError(n)
t(lambda: D().foo)
class E:
    @property
    def p(self): return self.missing
    def __getattr__(self, n):
        if n == 'missing': return 'via getattr'
        raise AttributeError(n)
print(E().p)
