for f in (lambda x: filter(None, x), lambda x: map(abs, x), lambda x: zip(x), lambda x: enumerate(x), lambda x: reversed([x]) if False else iter(x), lambda x: (i for i in x)):
    it = [1]
    for i in range(20000):
        it = f(it)
    try:
        print(next(it))
    except RecursionError:
        print('RecursionError')
    except RuntimeError as e:
        print('RuntimeError', e)
l = [1]
for i in range(100000): l = [l]
try: print(str(l)[:5])
except RecursionError: print('repr RecursionError')
d = {}
for i in range(100000): d = {'k': d}
try: print(d == d)
except RecursionError: print('eq RecursionError')
a = []; b = []
for i in range(50000): a = [a]; b = [b]
try: print(a == b)
except RecursionError: print('cmp RecursionError')
import copy
try: copy.deepcopy(l); print('deepcopy ok')
except RecursionError: print('deepcopy RecursionError')
t = ()
for i in range(100000): t = (t,)
try: print(hash(t) is not None)
except RecursionError: print('hash RecursionError')
