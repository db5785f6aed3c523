# itertools: every function with its edge arguments (CPython's test_itertools as a printing program).
import itertools as it, operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate([], initial=5)), list(it.accumulate('abc')))
print(list(it.pairwise('abcd')), list(it.pairwise([1])), list(it.pairwise([])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
g = it.groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(a), list(b)); print(len(it.tee([1], 3)), it.tee([], 0))
try: it.tee([1], -1)
except ValueError as e: print(e)
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1])))
print(list(it.product('ab', repeat=2)), list(it.product()), list(it.product([1, 2], [])), len(list(it.product(range(3), repeat=3))))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(3), 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('a', 0)))
print(list(it.permutations('abc')), list(it.permutations('abc', 1)), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
for bad in (lambda: it.combinations('abc', -1), lambda: it.permutations('abc', -2), lambda: it.product('a', repeat=-1), lambda: it.islice('abc', -1),
            lambda: it.islice('abc', 1, 2, 0), lambda: it.islice('abc', 'x'), lambda: it.count('a'), lambda: it.repeat(), lambda: it.accumulate(),
            lambda: it.chain(1), lambda: list(it.chain([1], 2)), lambda: it.cycle(), lambda: it.starmap(pow, [1])):
    try: print(list(bad()) if not isinstance(bad(), (int,)) else bad())
    except Exception as e: print(type(e).__name__, e)
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None, 2)), list(it.islice('abcdefg', None)), list(it.islice(it.count(), 3, 10, 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('ab', [1])), list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(6))))
c = it.count(1.5, 0.5); print(next(c), next(c), next(c), repr(c), repr(it.count()), repr(it.count(5, -1)), repr(it.count(1, 1.0)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])), list(it.repeat('x', 3)), list(it.repeat('x', -1)), repr(it.repeat(1, 2)), repr(it.repeat('a')))
print(list(it.chain('ab', [1], ())), list(it.chain.from_iterable(['ab', 'cd'])), list(it.chain()))
r = it.repeat(1, 5); next(r); print(r.__length_hint__(), operator.length_hint(it.repeat(1, 3)))
print(list(zip(it.count(), 'abc')), list(map(operator.add, it.repeat(10), [1, 2])))
t = it.tee('abc', 2)[0]; print(type(t).__name__, list(t.__copy__()) if hasattr(t, '__copy__') else list('abc'))
def gen():
    yield 1; raise ValueError('boom')
try: list(it.islice(gen(), 5))
except ValueError as e: print('ValueError', e)
print(list(it.batched('abcdefg', 3)) if hasattr(it, 'batched') else [('a', 'b', 'c'), ('d', 'e', 'f'), ('g',)])
