def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('c'), d.pop('z', None), list(d.keys()), list(d.values()), list(d.items()))
t(lambda: d.pop('z'))
t(lambda: d['z'])
t(lambda: {}.popitem())
t(lambda: d[[1]])
t(lambda: {[1]: 2})
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=4); print(d)
t(lambda: d.update([1]))
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update(1))
print(d.popitem(), d, len(d), 'a' in d, 'q' not in d)
print(dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict(zip('ab', [1, 2])))
t(lambda: dict([1, 2]))
t(lambda: dict(1))
t(lambda: dict({}, {}))
e = {1: 'a', 2: 'b'}
print(e | {3: 'c'}, {**e, 1: 'z'}, e == {2: 'b', 1: 'a'}, e != {1: 'a'})
e |= {4: 'd'}; print(e)
t(lambda: e | [1])
t(lambda: e < e)
k = e.keys(); v = e.values(); it = e.items()
print(k, v, it, len(k), 1 in k, 'a' in v, (1, 'a') in it, k & {1, 9}, k | {9}, k - {1}, k ^ {1, 9}, k == {1, 2, 4})
print(reversed(e) is not None, list(reversed(e)), list(reversed(e.values())), list(reversed(e.items())))
print(e.copy(), e.clear(), e, {1: 2}.items() == {(1, 2)}, dict(sorted({'b': 1, 'a': 2}.items())))
dd = {}
dd[1] = 'int'; dd[1.0] = 'float'; dd[True] = 'bool'; print(dd)
dd = {0: 'z', False: 'f', 0.0: 'g'}; print(dd)
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
f = {'x': 1}
for key in f:
    pass
try:
    for key in f:
        f['y'] = 2
except RuntimeError as ex:
    print('RuntimeError', ex)
print(repr({'a': [1, {'b': None}]}), str({1: 'x'}), {}, dict())
class M(dict):
    def __missing__(self, key): return key * 2
m = M(a=1); print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
class N(dict): pass
n = N(); n['x'] = 1; print(n, type(n).__name__, isinstance(n, dict))
t(lambda: N()['q'])
print(sorted({3: 1, 1: 2}), min({3: 1, 1: 2}), {i: i * i for i in range(3)}, {k: v for k, v in [(1, 2), (1, 3)]})
