# Augmented assignment on every kind of target and type; evaluation order of targets.
x = 5
x += 2; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 6
print(x)
f = 1.5
f /= 2; f **= 2; f -= 0.0625
print(f)
s = 'ab'
s += 'c'; s *= 2
print(s)
t = (1,)
t += (2,); t *= 2
print(t)
l = [1]
alias = l
l += [2]; l *= 2
print(l, alias is l)
st = {1}
sa = st
st |= {2}; st &= {1, 2, 3}; st -= {1}; st ^= {5}
print(st, sa is st)
d = {'a': 1}
da = d
d |= {'b': 2}
print(d, da is d)
class C:
    def __init__(self): self.v = 1
c = C()
c.v += 10
print(c.v)
arr = [[0, 0], [0, 0]]
arr[1][0] += 5
arr[-1][-1] -= 1
print(arr)
dd = {'k': [1]}
dd['k'] += [2]
dd.setdefault('n', 0)
dd['n'] += 1
print(dd)
order = []
class Rec:
    def __init__(self): self.data = {'i': 0}
    def __getitem__(self, k):
        order.append(('get', k))
        return self.data[k]
    def __setitem__(self, k, v):
        order.append(('set', k, v))
        self.data[k] = v
def key():
    order.append('key')
    return 'i'
def obj():
    order.append('obj')
    return r
r = Rec()
obj()[key()] += 5
print(order)
class Attr:
    def __getattr__(self, n):
        order.append(('getattr', n))
        return 100
    def __setattr__(self, n, v):
        order.append(('setattr', n, v))
order.clear()
a = Attr()
a.z += 1
print(order)
class IAdd:
    def __init__(self): self.log = []
    def __iadd__(self, o):
        self.log.append(o)
        return self
    def __isub__(self, o):
        return 'replaced'
ia = IAdd()
keep = ia
ia += 1
ia += 2
print(keep.log, ia is keep)
ia -= 1
print(ia)
m = [1, 2]
m[0], m[1] = m[1], m[0]
print(m)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
a = b = c = []
a.append(1)
print(b, c)
a, b = b, a = 1, 2
print(a, b)
n = None
try:
    n += 1
except TypeError as e:
    print('TypeError', e)
try:
    tt = (1, 2)
    tt[0] += 1
except TypeError as e:
    print('TypeError', e)
g = 10
def modify_global():
    global g
    g += 5
modify_global()
print(g)
def unbound_aug():
    try:
        q += 1
    except UnboundLocalError as e:
        return str(e)
    q = 0
print(unbound_aug())
