import heapq
data = [(3, 'c'), (1, 'a'), (2, 'b')]
print(heapq.nsmallest(2, data, key=lambda x: x[1]), heapq.nlargest(1, data), heapq.nlargest(2, iter([5, 1, 9, 3])), heapq.nsmallest(3, {3, 1, 2}))
h = []
for i in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, i)
print([heapq.heappop(h) for _ in range(len(h))])
print(list(heapq.merge([1, 3], [2, 4], key=lambda x: -x if False else x)), list(heapq.merge()), list(heapq.merge([], [1])))
l = list(range(20, 0, -1)); heapq.heapify(l); print(l[:5], all(l[i] <= l[2 * i + 1] for i in range(len(l) // 2)))
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 5), heapq.nsmallest(1, [], default=None) if False else '')
class T:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'T(%d)' % self.v
q = [T(3), T(1), T(2)]; heapq.heapify(q); print(heapq.heappop(q), q[0])
