def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = {1, 2, 3}; b = {3, 4}
print(sorted(a.union(b)), sorted(a | b | {9}), a & b & {3}, sorted(a - b - {1}), sorted(a ^ b ^ {1}))
print(a.issubset(a), a < a, a <= a, {1} < a, a > {1}, set() < a, set() <= set(), frozenset(a) == a, a.isdisjoint(set()))
c = set(a); c.update(); c.update([], ()); print(sorted(c))
c.intersection_update(); print(sorted(c))
d = set(a); d -= d; print(d)
e = {1, 2}; e |= e; e &= e; print(e)
f = {1, 2}; f ^= f; print(f)
t(lambda: a + b)
t(lambda: a * 2)
t(lambda: {1} | [2])
t(lambda: [2] | {1})
t(lambda: a.issubset(5))
print(set([1, 2]) == frozenset([2, 1]), frozenset([1, frozenset([2])]), {frozenset(): 1}, set(frozenset([3])))
s = set(range(20))
for x in list(s):
    if x % 3: s.discard(x)
print(sorted(s))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print('RuntimeError', e)
print(len({i % 7 for i in range(100)}), 3 in {1, 2, 3}, [1] not in [[1]], sorted({'b', 'a'}), sorted(set('mississippi')))
print(min({4, 2, 8}), max(frozenset({4, 2})), sum({0.5, 1.5}), sorted({-1, 1}, key=abs))
