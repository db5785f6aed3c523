# dict: construction forms, methods, views, ordering, errors (MicroPython dict*.py).
print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', range(2))))
print(dict([[1, 2]]), dict(((1, 2),), b=3), dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
for bad in [lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: dict([('a',)]), lambda: dict({}, {})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
d = {'one': 1, 'two': 2, 'three': 3}
print(len(d), d['two'], d.get('four'), d.get('four', 4), 'one' in d, 1 in d, list(d), list(d.values()), list(d.items()))
d['four'] = 4
d['one'] = 'uno'
print(d)
print(d.pop('two'), d.pop('nope', None), d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
print(d.setdefault('one', 'x'), d.setdefault('new', []), d)
d.update({'a': 1}, b=2)
d.update([('c', 3)])
d.update(d2=4)
print(d)
e = d.copy()
e.clear()
print(e, len(d))
print({}.popitem.__name__)
try:
    {}.popitem()
except KeyError as ex:
    print('KeyError', ex)
# ordering on reinsert and delete
o = {}
for k in 'dcba':
    o[k] = k
del o['c']
o['c'] = 'again'
o['d'] = 'updated'
print(list(o), o)
# views
v = {'a': 1, 'b': 2, 'c': 3}
ks, vs, its = v.keys(), v.values(), v.items()
v['d'] = 4
print(ks, vs, its, len(ks), 'a' in ks, 2 in vs, ('b', 2) in its, ('b', 3) in its)
print(ks & {'a', 'z'}, sorted(ks | {'z'}), sorted(ks - {'a'}), sorted(ks ^ {'a', 'q'}), ks == {'a', 'b', 'c', 'd'})
print(sorted(its & {('a', 1)}), ks.isdisjoint({'x'}), list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(its >= {('a', 1)}, ks < {'a', 'b', 'c', 'd', 'e'})
try:
    for k in v:
        v[k + k] = 1
except RuntimeError as e:
    print('RuntimeError', e)
# merge operators
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print('TypeError', e)
# equality and comparison
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {})
try:
    {} < {}
except TypeError as e:
    print('TypeError', e)
# keys: numeric equality
n = {1: 'int'}
n[1.0] = 'float'
n[True] = 'bool'
print(n, {0: 'a', False: 'b', 0.0: 'c'})
# unhashable keys
for k in [[], {}, {1}]:
    try:
        {k: 1}
    except TypeError as e:
        print('TypeError', e)
# dict subclass with __missing__
class Default(dict):
    def __missing__(self, k):
        return k * 2
dd = Default(a=1)
print(dd['a'], dd['zz'], dd.get('zz'), 'zz' in dd)
# dict comprehension and nested
print({k: v for k, v in zip('abc', range(3)) if v}, {i: {j: i * j for j in range(2)} for i in range(2)})
# repr of nested and recursive
r = {'self': None}
r['self'] = r
print(r)
print(repr({'a': [1, {'b': (2,)}]}), str({1: 'x'}))
# iteration and deletion patterns
big = {i: i * i for i in range(20)}
for k in list(big):
    if k % 3:
        del big[k]
print(big, sum(big.values()), max(big), min(big.items()))
print(dict(sorted({'b': 1, 'a': 2}.items())), sorted({'b': 1, 'a': 2}, key=lambda k: -ord(k)))
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(iter({}.items()).__class__.__name__, iter({}).__class__.__name__)
