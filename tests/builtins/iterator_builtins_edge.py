def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
z = zip('abc', range(3)); print(next(z), list(z), list(z))
e = enumerate(iter('xy')); print(list(e))
m = map(pow, [2, 3], [3, 2], [5, 5]); print(list(m))
f = filter(lambda x: x > 1, [0, 1, 2, 3]); print(next(f), list(f))
r = reversed('abc'); print(next(r), list(r))
it = iter(range(5)); print(next(it), list(zip(it, it)))
print(list(zip(*[iter(range(6))] * 2)), dict(zip('ab', 'cd')), list(map(None.__class__, [])) if False else '')
print(sum(map(int, '123')), max(map(len, ['a', 'abc'])), list(filter(None, map(str.strip, [' a', '  ', 'b ']))))
def gen():
    yield 1; yield 2
print(list(enumerate(gen(), 10)), list(zip(gen(), gen())), sorted(gen(), reverse=True), tuple(reversed(list(gen()))))
t(lambda: next(zip()))
t(lambda: next(map(abs, [])))
t(lambda: list(map(abs, [1], 5)))
t(lambda: list(zip([1], 5)))
t(lambda: list(filter(5, [1])))
t(lambda: list(enumerate(5)))
t(lambda: len(zip()))
t(lambda: zip([1])[0])
print(iter(it) is it, type(iter(zip())).__name__, hasattr(map(abs, []), '__next__'), callable(iter([]).__next__))
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(CountDown(3)), list(zip(CountDown(2), CountDown(5))), 2 in CountDown(3))
