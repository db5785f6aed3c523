def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    cls_v = 1
    def __init__(self): self.inst_v = 2
    def meth(self): pass
a = A()
print(vars(a), sorted(k for k in vars(A) if not k.startswith('__')), 'inst_v' in dir(a), 'cls_v' in dir(a), 'meth' in dir(A), 'inst_v' in dir(A))
t(lambda: vars(5))
t(lambda: vars('s'))
t(lambda: vars(a, a))
print(sorted(dir(A))[-3:], dir(a) == sorted(dir(a)), len(set(dir(1)) - set(dir(int))))
import math
print('pi' in dir(math), 'floor' in vars(math), type(vars(math)).__name__)
class S:
    __slots__ = ('x',)
t(lambda: vars(S()))
print('x' in dir(S()), sorted(set(dir([])) & {'append', 'pop', 'sort'}), sorted(set(dir({})) & {'keys', 'get'}))
