# Deep recursion: limits, recovery, mutual recursion, recursion in special methods.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print('RecursionError', e)
print(depth(500))
def even(n): return True if n == 0 else odd(n - 1)
def odd(n): return False if n == 0 else even(n - 1)
print(even(800), odd(801))
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def __repr__(self): return 'N(' + repr(self.nxt) + ')'
n = None
for _ in range(100):
    n = Node(n)
print(repr(n)[:20], len(repr(n)))
class Loop:
    def __getattr__(self, name):
        return getattr(self, 'x' + name)
try:
    Loop().a
except RecursionError as e:
    print('RecursionError in __getattr__')
class EqLoop:
    def __eq__(self, o): return self == o
try:
    EqLoop() == 1
except RecursionError:
    print('RecursionError in __eq__')
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError:
    print('limited at 100')
sys.setrecursionlimit(old)
print(depth(800))
# recursion through generators
def rgen(n):
    if n:
        yield n
        yield from rgen(n - 1)
print(sum(rgen(300)))
# recursion in comprehensions/lambdas
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(len(str(fact(400))))
# deeply nested data structures
l = []
cur = l
for _ in range(200):
    nxt = []
    cur.append(nxt)
    cur = nxt
def nest_depth(x):
    return 1 + max((nest_depth(y) for y in x), default=0)
print(nest_depth(l))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
