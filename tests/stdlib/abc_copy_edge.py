import abc, copy
class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self): return 'area=%s' % self.area()
class Sq(Base):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(1), Base), issubclass(Sq, Base))
try:
    Base()
except TypeError as e:
    print('TypeError', e)
class Half(Base): pass
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(int, Reg), issubclass(str, Reg))
l = [1, [2, 3], {'k': [4]}]
sh = copy.copy(l); dp = copy.deepcopy(l)
l[1].append(99); l[2]['k'].append(5)
print(sh, dp, sh is l, sh[1] is l[1], dp[1] is l[1])
class C:
    def __init__(self): self.items = [1]
c = C(); c2 = copy.copy(c); c3 = copy.deepcopy(c); c.items.append(2)
print(c2.items, c3.items, type(c2).__name__)
class Custom:
    def __copy__(self): return 'custom copy'
    def __deepcopy__(self, memo): return 'custom deep'
print(copy.copy(Custom()), copy.deepcopy(Custom()))
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
r = [1]; r.append(r); d = copy.deepcopy(r); print(d[1] is d, d is not r)
