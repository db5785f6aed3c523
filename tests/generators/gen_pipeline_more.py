# Generator expressions and iterator algebra: lazy evaluation order, chaining, early exit, itertools.
import itertools
log = []
def src(n):
    for i in range(n):
        log.append(f's{i}')
        yield i
def double(it):
    for x in it:
        log.append(f'd{x}')
        yield x * 2
def take(it, n):
    return [x for _, x in zip(range(n), it)]
print(take(double(src(10)), 3), log)
log.clear()
g = (x * x for x in src(5) if x % 2)
print(log, next(g), log, list(g), log)
print(list(itertools.chain.from_iterable([[1, 2], (3,), range(4, 6)])), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.product('ab', repeat=2)), list(itertools.permutations(range(3), 2))[:4])
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations_with_replacement('ab', 2)), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print([(k, len(list(g))) for k, g in itertools.groupby('aaabccdd')], list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.filterfalse(str.isdigit, 'a1b2')), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.repeat('x', 3)), list(itertools.pairwise('abcd')))
c = itertools.cycle('ab')
print([next(c) for _ in range(5)])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 100, fib())), sum(itertools.islice(fib(), 50)))
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
def closing():
    try:
        for i in range(10):
            yield i
    finally:
        print('generator closed')
for v in closing():
    if v == 2:
        break
print('after loop')
gen = closing()
print(next(gen), next(gen))
del gen
print('deleted')
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested), any(x > 5 for x in range(10)), all(x < 5 for x in range(3)))
print(sorted((x for x in 'hello'), reverse=True), dict((k, v) for k, v in zip('ab', [1, 2])), set(x % 3 for x in range(10)))
print(sum(1 for _ in range(1000)), max((len(w), w) for w in ['aa', 'b', 'ccc']), min(x for x in [3, 1, 2]))
