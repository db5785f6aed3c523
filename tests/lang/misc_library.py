# more edge cases
import collections, functools, itertools
P = collections.namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p._replace(y=5), p._asdict(), P._fields, isinstance(p, tuple))
dq = collections.deque([1, 2, 3], maxlen=3)
dq.append(4)
print(dq, dq.popleft(), list(dq))
c = collections.Counter("mississippi")
print(c.most_common(2), c["s"], c["z"])
dd = collections.defaultdict(int)
for ch in "hello":
    dd[ch] += 1
print(dict(dd))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(pow, 2)(5))
@functools.lru_cache(maxsize=None)
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(80))
print(list(itertools.permutations("ab")), list(itertools.chain([1], [2])), list(itertools.accumulate([1, 2, 3])))
print(list(itertools.zip_longest("ab", "x", fillvalue="-")), list(itertools.product([0, 1], repeat=2)))
print([list(g) for k, g in itertools.groupby("aabbbc")])
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), [c.name for c in Color])
import json
print(json.dumps({"a": [1, 2.5, None, True], "b": "é"}), json.loads('{"x": [1, {"y": null}]}'))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=2))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), len(s), s)
def kw_only(*, a, b=2):
    return a + b
print(kw_only(a=1), kw_only(a=1, b=5))
try:
    kw_only(1)
except TypeError as e:
    print(e)
gen = (i * i for i in range(3))
print(sum(gen), sum(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(sorted({"b": 2, "a": 1}.items()), {v: k for k, v in {"a": 1}.items()})
x = 10
def f():
    return [x for _ in range(2)]
print(f())
print("a" "b" 'c', """multi
line""", 'it\'s')
print(type(lambda: 0).__name__, type(print).__name__, type(f).__name__)
i = 0
while True:
    i += 1
    if i > 5:
        break
else:
    print("no")
print(i)
for j in range(3):
    pass
else:
    print("for else", j)
try:
    pass
except Exception:
    pass
else:
    print("try else")
print(vars(P(1, 2)) if False else "skip", dir(p)[:0])
print(str(ValueError("x")), repr(KeyError("k")), KeyError("k").args)
