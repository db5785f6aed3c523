def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Tracker:
    def __init__(self): self.log = []
    def __getitem__(self, k): self.log.append(('get', k)); return 10
    def __setitem__(self, k, v): self.log.append(('set', k, v))
tr = Tracker(); tr['k'] += 5; print(tr.log)
class A:
    def __init__(self): self.v = 1
a = A(); a.v += 1; a.v *= 10; print(a.v)
l = [1, 2]; l[0] += 10; l[-1] **= 3; print(l)
d = {'a': [1]}; d['a'] += [2]; print(d)
t1 = ([1],)
try:
    t1[0] += [2]
except TypeError as e:
    print('TypeError', e, t1)
s = 'a'; s += 'b' * 2; print(s)
x = 7; x //= 2; x <<= 2; x %= 5; x |= 8; x ^= 3; x &= 10; x >>= 1; print(x)
f = 1.5; f //= 0.4; print(f)
b = b'x'; b += b'y'; b *= 2; print(b)
st = {1}; st |= {2}; st -= {1}; print(st)
class NoIadd:
    def __add__(self, o): return 'add used'
n = NoIadd(); n += 1; print(n)
class Iadd:
    def __iadd__(self, o): return 'iadd used'
i = Iadd(); i += 1; print(i)
t(lambda: exec('x += 1'))
t(lambda: exec('[a, b] += [1]'))
t(lambda: exec('f() += 1'))
