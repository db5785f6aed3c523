# copy of library objects (UUID, paths) and of classes with __slots__, __reduce__, __getstate__/__setstate__; statistics and other odds and ends
import copy, uuid, pathlib, statistics, fractions, queue, threading, graphlib, reprlib
u = uuid.UUID(int=5)
print(copy.copy(u), copy.deepcopy(u), copy.copy(u) == u)
p = pathlib.PurePosixPath("/a/b")
print(repr(copy.copy(p)), repr(copy.deepcopy(pathlib.Path("x"))))
print(statistics.mean([fractions.Fraction(1, 3), 1]), statistics.median([fractions.Fraction(1, 2), fractions.Fraction(3, 4)]))
print(statistics.mean(x for x in [1, 2, 3, 4]), statistics.variance(range(10)), statistics.stdev(iter([1.5, 2.5, 3.5])))
print(statistics.mean([1, 2.5]), statistics.mean([True, 2]), statistics.median_low(["a", "c", "b", "d"]))
print(statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.mode([1.5, 2.5, 1.5]), statistics.multimode(["a", "b", "a", "b", "c"]))
try: statistics.mean([1, fractions.Fraction(1, 2), 0.5])
except TypeError as e: print(e)
print(statistics.mean([fractions.Fraction(1, 2), 0.5]))
print(reprlib.repr({"a" * 50: [1] * 20}), reprlib.repr(range(100)), reprlib.repr(iter([])) [:15])
print(list(graphlib.TopologicalSorter({"a": "bc", "b": "c"}).static_order()))
q = queue.PriorityQueue(); q.put((1, "x")); print(q.queue, q.qsize())
print(str(pathlib.Path("a") / "b" / ".." / "c"), pathlib.Path("a/b").match("A/*"), pathlib.PurePosixPath("a/b").as_posix())
print(sorted(vars(threading).keys() & {"Thread", "Lock", "RLock", "Condition", "Event", "Semaphore", "BoundedSemaphore", "Barrier", "Timer", "local"}))
class S:
    __slots__ = ("a", "__b")
    def __init__(self): self.a = [1]; self.__b = 2
class D(S):
    def __init__(self): super().__init__(); self.c = {"k": [3]}
for o in [S(), D()]:
    c = copy.copy(o); dc = copy.deepcopy(o)
    print(c.a is o.a, dc.a is o.a, dc.a, dc._S__b, getattr(dc, "c", None), getattr(c, "c", None) is getattr(o, "c", None))
class Part:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
print(copy.copy(Part()).a, hasattr(copy.copy(Part()), "b"))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 10,))
print(copy.copy(R(2)).v, copy.deepcopy(R([1])).v)
class G:
    def __init__(self): self.x = 1; self.y = 2
    def __getstate__(self): return {"x": self.x}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.deepcopy(G()); print(vars(g))
import fractions, collections
print(copy.deepcopy(fractions.Fraction(1, 3)), copy.copy(collections.OrderedDict(a=1)), copy.deepcopy(collections.Counter("aab")))
print(copy.deepcopy(collections.deque([1, [2]])), copy.copy(collections.defaultdict(list, {"a": [1]})))
