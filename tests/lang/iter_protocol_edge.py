def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x for x in Count(2)], tuple(Count(1)), set(Count(2)), dict.fromkeys(Count(2)))
c = Count(2); print(next(c), next(c), next(c, 'done'))
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
class NoNext:
    def __iter__(self): return self
t(lambda: list(NoNext()))
t(lambda: next(NoNext()))
it = iter([1, 2, 3])
print(list(it), list(it))
it = iter('abc'); next(it); print(list(it))
d = {1: 'a', 2: 'b'}; it = iter(d.items()); print(next(it))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type(iter(range(0))).__name__, type(iter(set())).__name__)
print(type(reversed([])).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
e = enumerate('xy'); print(next(e), list(e))
z = zip([1, 2], 'ab'); print(next(z), list(z))
m = map(lambda x: x * 2, [1, 2]); print(list(m), list(m))
r = iter(range(3)); print(r.__length_hint__() if hasattr(r, '__length_hint__') else 3, list(r))
import itertools
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.chain('ab', [1])), list(itertools.repeat('x', 2)))
print(list(itertools.accumulate([1, 2, 3])), list(itertools.product('ab', repeat=2))[:3], list(itertools.permutations([1, 2, 3], 2))[:3])
print(list(itertools.combinations('abc', 2)), list(itertools.zip_longest('ab', 'x', fillvalue='-')), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 5, 1])), [(k, list(g)) for k, g in itertools.groupby('aabbc')], list(itertools.starmap(pow, [(2, 3)])))
print(list(itertools.compress('abc', [1, 0, 1])), list(itertools.cycle('ab'))[:0] if False else list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.filterfalse(None, [0, 1])))
a, b = itertools.tee([1, 2]); print(list(a), list(b), list(itertools.pairwise('abcd')), list(itertools.combinations_with_replacement('ab', 2)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return chr(97 + i)
    def __len__(self): return 3
print(list(Seq()), list(reversed(Seq())), 'b' in Seq(), sorted(Seq(), reverse=True))
gen = (i for i in range(3))
print(iter(gen) is gen, next(gen), list(gen))
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
