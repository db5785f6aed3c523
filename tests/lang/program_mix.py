import contextlib, functools, itertools, json, math, collections, sys
def sieve(n):
    is_p = [True] * (n + 1); is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i*i::i] = [False] * len(is_p[i*i::i])
    return [i for i, p in enumerate(is_p) if p]
print(sieve(50))
def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n: sols.append(acc); return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])
    place(0, set(), set(), set(), [])
    return sols
print(len(queens(6)), queens(4))
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('b') as t, tag('i'):
    print('text', t)
try:
    with tag('err'):
        raise KeyError('x')
except KeyError as e:
    print('caught', e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            for i in range(times):
                try:
                    return fn(*a, **k)
                except ValueError as e:
                    print('attempt', i, 'failed:', e)
            return 'gave up'
        return wrapper
    return deco
count = 0
@retry(3)
def flaky():
    global count
    count += 1
    if count < 3: raise ValueError(f'bad {count}')
    return 'ok'
print(flaky(), flaky.__name__)
data = {'users': [{'name': 'a', 'age': 30, 'tags': ['x', 'y']}, {'name': 'b', 'age': None, 'score': 1.5}], 'ok': True}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.loads(s) == data, json.dumps(data, indent=2)[:40])
print(json.dumps([1, 'é', float('inf')] if False else [1, 'é']), json.dumps('é', ensure_ascii=False), json.loads('{"a": [1, 2.5, null, true]}'))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = collections.Counter(words)
print(freq.most_common(3), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
by_len = collections.defaultdict(list)
for w in words: by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
pipeline = (x * x for x in range(20) if x % 3 == 0)
print(sum(pipeline), list(itertools.accumulate(range(1, 6), lambda a, b: a * b)))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda v: v < 100, fib_gen())))
class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f'Vector({self.x!r}, {self.y!r})'
    def __iter__(self): yield self.x; yield self.y
v = Vector(3, 4)
print(v + v, 2 * v, v * 3, abs(v), list(v), {v: 1}[Vector(3, 4)], Vector(*v))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [sum(r) for r in matrix], [[r[i] for r in matrix] for i in range(3)])
print(sorted(['apple', 'Banana', 'cherry'], key=str.casefold), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print('{:>10}|{:<10}|{:^10}'.format('r', 'l', 'c'), f"{'x':#>5}", '%-5s|%5.1f' % ('ab', 3.14159))
s = 'Hello, World'
print(s[::-1], s.swapcase(), s.count('l'), s.replace('l', 'L', 2), '-'.join(s.split(', ')), s.center(20, '*'))
print(max(words, key=len), min(words), sorted(set(words))[:3], len(set(words)))
print(divmod(17, 5), 17 // 5, -17 // 5, 17 % -5, round(2.675, 2), f'{2.675:.2f}', int('ff', 16), bin(10), 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
