class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del R', self.n)
l = [R(1), R(2)]
del l[0]
print('after del l[0]')
class H: pass
h = H(); h.r = R(3)
del h.r
print('after del h.r')
class Bad:
    def __del__(self): raise ValueError('in del')
b = Bad(); del b
print('after bad')
class L(list):
    def __del__(self): print('del L', len(self))
x = L([1, 2]); del x
class S:
    __slots__ = ('v',)
    def __init__(self): self.v = 'slot'
    def __del__(self): print('del S', self.v)
s = S(); del s
def make():
    return R(5)
make()
print('after make() discarded')
r6 = R(6)
def g():
    global r6
    r6 = 'x'
g()
print('after global reassign')
print('end')
