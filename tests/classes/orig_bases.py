# __mro_entries__ and __orig_bases__: the original bases survive the class body.
class M:
    def __init__(self, n): self.n = n
    def __mro_entries__(self, bases): return (object,)
    def __repr__(self): return 'M(%d)' % self.n
m1, m2 = M(1), M(2)
class A(m1):
    x = [i * i for i in range(50)]
    def f(self): return sum(self.x)
print(A.__orig_bases__, A.__bases__, A().f())
class B(m2, dict):
    pass
print(B.__orig_bases__, B.__bases__, '__orig_bases__' in A.__dict__)
class C(int): pass
print('__orig_bases__' in C.__dict__)
