# iter/next, callable-sentinel iteration, map/filter/zip/enumerate laziness and exhaustion.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
vals = [1, 2, 3, 0, 4]
src = iter(vals)
print(list(iter(lambda: next(src), 0)), list(src))
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError', e)
calls = []
def side(x):
    calls.append(x)
    return x * 2
m = map(side, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f), list(f))
z = zip(iter([1, 2, 3]), iter('ab'))
print(list(z))
# zip stops at shortest and consumes from the first iterator before noticing
a = iter([1, 2, 3])
b = iter('x')
print(list(zip(a, b)), list(a))
e = enumerate('abc')
print(next(e), list(e))
print(type(m).__name__, type(f).__name__, type(z).__name__, type(e).__name__, type(iter('')).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type(iter(range(1))).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(reversed([])).__name__)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), tuple(Countdown(2)))
print(3 in Countdown(5), 9 in Countdown(5), dict(zip(Countdown(2), 'ab')), list(enumerate(Countdown(2))))
# iterator exhaustion is permanent
c = Countdown(2)
print(list(c), list(c))
# list(it) on iterator raising mid-way
class Boom:
    def __iter__(self): return self
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise KeyError('boom')
        return self.i
try:
    list(Boom())
except KeyError as e:
    print('KeyError', e)
# length_hint-ish behaviour of list(map) on big range
print(len(list(map(abs, range(-500, 500)))))
# star unpack of iterators
print(*iter('ab'), *map(str, [1, 2]))
# iterating dict while size unchanged but keys modified is allowed
d = {'a': 1, 'b': 2}
for k in d:
    d[k] += 1
print(d)
# chained iterators
import itertools
print(list(itertools.chain(iter([1]), (x for x in [2]), map(int, '3'))))
# iter on str subclass and bytes
class S(str): pass
print(list(S('hi')), list(b'hi'), list(bytearray(b'hi')), list(memoryview(b'hi')))
