def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
d['d'] = 4
print(list(k), list(v), list(i), len(k), len(v), len(i))
del d['a']
print(k, v, i)
print(k == {'b', 'c', 'd'}, k != {'b'}, k > {'b'}, k <= {'b', 'c', 'd', 'e'}, k.isdisjoint({'z'}), i >= {('b', 2)})
print(sorted(k | ['x']), sorted(k & {'b', 'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}), sorted(['x'] | k) if False else '')
print(sorted(i | {('z', 0)}), sorted(i - {('b', 2)}), type(k | set()).__name__, type(k).__name__, type(v).__name__, type(i).__name__)
t(lambda: v == v)
t(lambda: v | v)
t(lambda: k[0])
t(lambda: hash(k))
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items(), {}.keys() == set(), dict.fromkeys('ab', []).values().__class__.__name__)
it = iter(d)
d['new'] = 1
t(lambda: next(it))
it = iter(d)
del d['new']
t(lambda: next(it))
e = {}
for x in range(3):
    e[x] = x
for key in list(e):
    del e[key]
print(e)
big = {i: i for i in range(100)}
for i in range(0, 100, 2): del big[i]
print(len(big), list(big)[:5], sum(big.values()))
big.update((i, -i) for i in range(3)); print(list(big.items())[-3:])
print(dict(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1])), {k: v for k, v in zip('abc', range(3)) if v})
m = {'x': 1}
print(m.setdefault('y'), m, m.pop('y'), m.get('x', 5), m.copy() == m, m.copy() is m)
t(lambda: {}.fromkeys())
t(lambda: {'a': 1}.popitem() and {}.popitem())
print(repr({1: {2: {3: {}}}}), repr({'k': 'v"\''}), repr({(1, 2): None}), repr({None: ...}))
r = {}; r['self'] = r; print(r)
l = [1]; l.append(l); d2 = {'l': l}; print(d2)
