# Sorting: keys, reverse stability, functools.cmp_to_key, mixed types, custom __lt__.
import functools
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (t[1], t[0])), sorted(data, key=lambda t: (-t[1], t[0])))
words = 'The quick Brown fox Jumps over the lazy dog'.split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
print(sorted([3, 1, 2], key=functools.cmp_to_key(rev)), sorted(words, key=functools.cmp_to_key(lambda a, b: cmp(len(a), len(b)))))
class Card:
    ranks = '23456789TJQKA'
    def __init__(self, s):
        self.r, self.s = s[0], s[1]
    def __lt__(self, o):
        return self.ranks.index(self.r) < self.ranks.index(o.r)
    def __repr__(self):
        return self.r + self.s
hand = [Card(c) for c in ['Kh', '2c', 'As', 'Td', '2h', '9s']]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True))
hand.sort()
print(hand)
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
try:
    sorted([object(), object()])
except TypeError as e:
    print('TypeError', e)
print(sorted([True, 0, 1.5, -1, False]), sorted([[2, 1], [1, 9], [1, 2, 3]]), sorted(['b', 'B', 'a', 'A', '_', '1']))
print(sorted({3: 'a', 1: 'b'}.items(), key=lambda kv: kv[1]), sorted('hello'), sorted(set('mississippi')))
big = [(i * 7919) % 1000 for i in range(1000)]
s1 = sorted(big)
print(s1[:5], s1[-5:], s1 == sorted(big, reverse=True)[::-1])
stable = sorted(range(20), key=lambda x: x % 3)
print(stable)
lst = [5, 3, 1]
lst.sort(key=None, reverse=False)
print(lst)
import operator
recs = [{'n': 'x', 'a': 3}, {'n': 'y', 'a': 1}, {'n': 'z', 'a': 2}]
print([r['n'] for r in sorted(recs, key=operator.itemgetter('a'))], sorted([(1, 'b'), (1, 'a')], key=operator.itemgetter(0, 1)))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
ps = [P('x', 3), P('y', 1)]
print([p.n for p in sorted(ps, key=operator.attrgetter('a'))])
try:
    [3, 2, 1].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
import heapq, bisect
h = []
for v in [5, 1, 4, 2, 3]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(5)], heapq.nsmallest(2, big), heapq.nlargest(3, big))
a = [1, 3, 3, 5]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
print(a)
