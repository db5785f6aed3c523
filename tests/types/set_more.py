# set/frozenset: operations, methods, errors (MicroPython set_*.py).
s = {1, 2, 3}
print(len(s), 2 in s, 5 in s, sorted(s), set(), set([1, 1, 2]), set('aab') == {'a', 'b'}, frozenset())
print(s | {4}, s & {2, 3, 9}, s - {1}, s ^ {3, 4}, s <= {1, 2, 3}, s < {1, 2, 3}, s >= {1}, s > {1, 2, 3}, s == {3, 2, 1})
print(s.union([4], (5,)), s.intersection([1, 2], {2}), s.difference([1], [2]), s.symmetric_difference([3, 4]))
print(s.issubset([1, 2, 3, 4]), s.issuperset(range(2, 3)), s.isdisjoint('abc'), s.isdisjoint([3]))
t = set(s)
t.add(4); t.add(1)
t.discard(2); t.discard(99)
t.remove(3)
print(t)
try:
    t.remove(99)
except KeyError as e:
    print('KeyError', e)
print(t.pop() in {1, 4}, len(t))
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
u = {1, 2, 3, 4, 5}
u |= {6}; print(sorted(u))
u &= {1, 2, 3, 6}; print(sorted(u))
u -= {1}; print(sorted(u))
u ^= {2, 7}; print(sorted(u))
u.update([8], {9}); u.intersection_update(range(7, 10)); print(sorted(u))
u.difference_update({7}); u.symmetric_difference_update({9, 10}); print(sorted(u))
for op in ['|', '&', '-', '^']:
    try:
        eval('{1} %s [1]' % op)
    except TypeError as e:
        print('TypeError', e)
try:
    {1} < [1]
except TypeError as e:
    print('TypeError', e)
f = frozenset([3, 1, 2])
print(sorted(f), f | {4}, type(f | {4}).__name__, type({4} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {f: 'key'}[frozenset({1, 2, 3})])
print({frozenset(): 1}, frozenset() == set(), set() == frozenset(), {1} in [frozenset({1})])
try:
    f.add(1)
except AttributeError as e:
    print('AttributeError', e)
try:
    hash({1})
except TypeError as e:
    print('TypeError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
# set contains set -> frozenset lookup
print({1, 2} in {frozenset({1, 2})}, set() in {frozenset()})
ss = {frozenset({1})}
ss.remove({1})
print(ss)
# comprehension and numeric dedup
print({x % 3 for x in range(10)}, {1, 1.0, True}, {0, False, 0.0}, len({1, 1.0, True}))
# iteration mutation
z = {1, 2, 3}
try:
    for x in z:
        z.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
# repr
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})))
class SubSet(set): pass
print(repr(SubSet([1])), type(SubSet([1]) | {2}).__name__)
class SubFS(frozenset): pass
print(repr(SubFS([1])), SubFS([1]) == frozenset([1]))
# copy & clear
c = {1, 2}
d = c.copy()
c.clear()
print(c, d)
# set from dict/str/generator
print(sorted(set({'a': 1, 'b': 2})), sorted(set(x * 2 for x in range(3))))
print(sorted({3, 1, 2}, reverse=True), min({4, 5}), max(frozenset({4, 5})), sum({1, 2, 3}))
print(set.union(*[{1}, {2}, {3}]), set.intersection({1, 2}, {2, 3}), frozenset.union(frozenset(), [1]))
print({1, 2}.__len__(), {1}.__contains__(1), set.__name__, frozenset.__name__)
