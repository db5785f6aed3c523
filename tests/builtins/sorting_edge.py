def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True), sorted(data, reverse=True))
print(sorted([3, 1, 2], key=None), sorted('Hello World'.split(), key=str.lower), sorted([[2], [1, 5], []]), sorted([(1, 2), (1,), ()]))
print(sorted([0.5, -1, 2, True, False]), sorted({3: 'a', 1: 'b'}.items()), sorted(range(5), key=lambda x: (x % 2, -x)))
l = [5, 3, 5, 1]; l.sort(key=lambda x: -x); print(l)
l = ['a', 'B', 'c']; l.sort(key=str.upper, reverse=True); print(l)
t(lambda: sorted([1, None]))
t(lambda: sorted([{}, {}]))
t(lambda: [3, 'a', 1].sort())
t(lambda: sorted([1, 2], key=lambda x: 1 / 0))
t(lambda: sorted([1], reverse='yes'))
t(lambda: sorted([1], reverse=None))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
print(sorted([K(2), K(1), K(3)]), min(K(2), K(1)), max([K(2), K(5)]))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([OnlyGt(2), OnlyGt(1)]))
stab = [(i % 3, i) for i in range(9)]
print(sorted(stab, key=lambda p: p[0]))
print(min([], default=None), max([1, 3, 2], key=lambda x: -x), min('bca', key=ord), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get), min((1, 2), (1, 1)))
t(lambda: min([], key=len))
t(lambda: max(1, 2, key=None, default=3))
t(lambda: min([1], [2], default=0))
import heapq, bisect
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), h[0], heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))
a = [1, 3, 3, 7]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 0)); bisect.insort(a, 4); print(a)
print(list(reversed(sorted([2, 1]))), sorted(reversed([1, 2])), sorted(x for x in [2, 1]), sorted(b'ba'), sorted(frozenset([2, 1])))
