def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for i in range(3):
    pass
else:
    print('for-else', i)
for i in range(3):
    if i == 1: break
else:
    print('not printed')
n = 0
while n < 2:
    n += 1
else:
    print('while-else', n)
while True:
    break
else:
    print('not printed')
for i in []:
    pass
else:
    print('empty for-else')
try:
    assert 1 == 2, 'msg here'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert (), [1, 2]
except AssertionError as e:
    print(e.args)
x = 5
del x
t(lambda: x)
a = [1, 2, 3]; del a[0], a[-1]; print(a)
d = {'a': 1, 'b': 2}; del d['a']; print(d)
class O: pass
o = O(); o.v = 1; del o.v; print(hasattr(o, 'v'))
t(lambda: exec('del o.v', {'o': o}))
t(lambda: exec('del d["zz"]', {'d': d}))
print(1 if True else 2, 1 if 0 else 2, [] or 'empty', 0 and 'x', None or 0 or '', 1 and 2 and 3, not 0, not [1])
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 != 2, 'a' < 'b' <= 'b' < 'c', 1 is 1 if False else True, None is None, [] is not [])
def side(v, log): log.append(v); return v
log = []; r = side(1, log) < side(2, log) < side(0, log) < side(5, log); print(r, log)
log = []; r = side(0, log) and side(1, log); print(r, log)
log = []; r = side(2, log) or side(1, log); print(r, log)
print(0 or [] or {} or '', (1, 2) and [3], type(1 and 'x').__name__)
i = 10
i += 1; i -= 2; i *= 3; i //= 2; i %= 7; i **= 2; i <<= 3; i >>= 1; i |= 1; i &= 0xff; i ^= 5; print(i)
f = 2.0; f /= 4; f **= -1; print(f)
s = 'ab'; s += 'c'; s *= 2; print(s)
l = [1]; l2 = l; l += [2]; print(l2, l is l2); t_ = (1,); t2 = t_; t_ += (2,); print(t2, t_)
if 0: pass
elif []: pass
elif 'x': print('elif taken')
else: print('no')
pass; print('semicolons'); x = 1; y = 2; print(x + y)
if True: print('one-line if')
while False: pass
def empty(): ...
print(empty(), ..., Ellipsis, type(...).__name__)
print(__name__, __doc__ if __doc__ else 'nodoc', type(__builtins__).__name__ in ('module', 'dict'))
lam = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(lam(1), lam(1, 5, 6, k=7, z=8))
print((lambda: (yield))().__class__.__name__ if False else 'gen lambda', (lambda *a: a)(), (lambda **k: k)())
global_var = 'g'
def read_global(): return global_var
print(read_global())
import sys as _s, os.path as osp
print(_s.__name__, osp.__name__.endswith('path'))
from math import (floor,
    ceil)
print(floor(1.5), ceil(1.5))
t(lambda: exec('from sys import nonexistent'))
t(lambda: exec('import math.nonexistent'))
