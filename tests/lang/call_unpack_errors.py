# Errors and duplicates in call unpacking (*args, **kwargs) as CPython words them.
def f(*a, **k): return a, k
def t(g):
    try: print(g())
    except Exception as e: print(type(e).__name__, e)
t(lambda: f(*1))
t(lambda: f(**1))
t(lambda: f(**{1: 2}))
t(lambda: f(*[1], **{'a': 1}, a=2))
t(lambda: f(**{'a': 1}, **{'a': 2}))
class M:
    def keys(self): return ['x']
    def __getitem__(self, k): return 5
t(lambda: f(**M()))
t(lambda: print(**{'sep': 1}))
t(lambda: int('12', **{'base': 5}))
t(lambda: f(1, *2))
t(lambda: [*2])
t(lambda: f(a=2, **{'a': 1}))
t(lambda: print(*1))
t(lambda: f(**1, a=1))
t(lambda: f(*[], **{1: 2}))
t(lambda: f(*(i for i in range(3)), **{'b': 1}, c=3))
class Bad:
    def __iter__(self): raise TypeError("inner")
t(lambda: f(*Bad()))
t(lambda: f(1, *Bad()))
class MM:
    def keys(self): return [1]
    def __getitem__(self, k): return 2
t(lambda: f(**MM()))
t(lambda: {**MM()})
