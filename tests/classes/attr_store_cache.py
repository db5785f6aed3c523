class P:
    def __init__(self, a, b):
        self.x = a
        self.y = b
ps = [P(i, -i) for i in range(5)]
print([(p.x, p.y, sorted(vars(p))) for p in ps])
q = P.__new__(P); q.y = 1; P.__init__(q, 5, 6); print(vars(q))
class D:
    def __init__(self): self.v = 1
    @property
    def w(self): return 2
d = D(); d.__dict__['v'] = 3; print(vars(d))
def setw(o): o.w = 5
try: setw(d)
except AttributeError as e: print("AE", e)
class S:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
print(S().a)
for i in range(3):
    o = P(1, 2); del o.x; o.x = 9; print(vars(o))
