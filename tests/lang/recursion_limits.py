import sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def r(n): return r(n + 1)
t(lambda: r(0))
sys.setrecursionlimit(200)
def depth(n):
    try: return depth(n + 1)
    except RecursionError: return n
print(depth(0) > 100)
sys.setrecursionlimit(1000)
class A:
    def __getattr__(self, n): return getattr(self, n)
t(lambda: A().x)
l = []
for i in range(50): l = [l]
print(str(l)[:10])
t(lambda: eval('(' * 100 + ')' * 100))
t(lambda: eval('[' * 300 + ']' * 300))
import json
t(lambda: json.dumps(eval('[' * 50 + ']' * 50)))
def gen_rec(n):
    if n: yield from gen_rec(n - 1)
    else: yield 'bottom'
print(list(gen_rec(50)))
t(lambda: list(gen_rec(5000)))
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
t(lambda: mutual_a(0))
print(sys.getrecursionlimit())
