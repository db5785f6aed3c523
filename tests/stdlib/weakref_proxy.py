# weakref.proxy: attribute and operator forwarding, callbacks, ReferenceError once the referent is gone.
import weakref, gc
class T:
    def __init__(self): self.x = 1; self.items = [1, 2, 3]
    def m(self): return 'method'
    def __len__(self): return 3
    def __getitem__(self, i): return self.items[i]
    def __call__(self, a): return a * 2
t = T()
p = weakref.proxy(t)
print(p.x, p.m(), len(p), p[1], list(p), p(21), 2 in p, bool(p), str(p)[:10] if False else '')
p.y = 5
print(t.y, type(p).__name__, isinstance(p, weakref.ProxyTypes))
del p.y
print(hasattr(t, 'y'))
lst_calls = []
def cb(pr):
    lst_calls.append('cb')
q = weakref.proxy(t, cb)
del t
gc.collect()
print(lst_calls)
try:
    p.x
except ReferenceError as e:
    print('ReferenceError', e)
try:
    hash(q)
except TypeError as e:
    print('TypeError', e)
