# heapq: CPython's test_heapq checks, as a printing program.
import heapq, random
rnd = random.Random(5)
def check(h):
    return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))
h = []
data = [rnd.random() for _ in range(256)]
for x in data: heapq.heappush(h, x)
print(check(h), len(h))
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data))
for size in range(30):
    xs = [rnd.randrange(50) for _ in range(size)]
    heapq.heapify(xs)
    print(size, check(xs), end='; ')
print()
xs = [5, 1, 8, 3, 9, 2]
heapq.heapify(xs); print(xs)
print(heapq.heappushpop(xs, 0), xs)
print(heapq.heappushpop(xs, 7), xs)
print(heapq.heapreplace(xs, 10), xs)
for f in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(None), lambda: heapq.heappush(None, 1),
          lambda: heapq.heappush([], 1, 2), lambda: heapq.heapify((1, 2)), lambda: heapq.heappop(()), lambda: heapq.heappushpop(None, 1)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(heapq.heappushpop([], 5))
data = [(rnd.randrange(100), i) for i in range(100)]
for n in (0, 1, 2, 10, 100, 1000):
    print(n, heapq.nsmallest(n, data) == sorted(data)[:n], heapq.nlargest(n, data) == sorted(data, reverse=True)[:n],
          heapq.nsmallest(n, data, key=lambda p: -p[0]) == sorted(data, key=lambda p: -p[0])[:n],
          heapq.nlargest(n, data, key=lambda p: p[1] % 7) == sorted(data, key=lambda p: p[1] % 7, reverse=True)[:n])
print(heapq.nsmallest(3, iter([5, 4, 3, 2, 1])), heapq.nlargest(2, 'hello'), heapq.nsmallest(-1, [1, 2]), heapq.nlargest(1, []))
inputs = [sorted(rnd.randrange(20) for _ in range(rnd.randrange(8))) for _ in range(5)]
print(list(heapq.merge(*inputs)) == sorted(sum(inputs, [])))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(['a', 'bb'], ['ccc', 'd'], key=len)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')])))
class LT:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
h = [LT(3), LT(1), LT(2)]
heapq.heapify(h); print([heapq.heappop(h).v for _ in range(3)])
class NoLT: pass
try: heapq.heapify([NoLT(), NoLT()])
except TypeError as e: print(e)
h = [1, 'a']
try: heapq.heappush(h, 0.5); heapq.heappush(h, 'b')
except TypeError as e: print(e)
# a comparison that mutates the heap
class Evil:
    def __lt__(self, o):
        h.clear(); return False
h = [Evil(), Evil(), Evil()]
try: heapq.heappop(h); print('ok', len(h))
except Exception as e: print(type(e).__name__, e)
