def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def deco(f):
    def wrapper(*a, **k):
        print('before', f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def hello(n): return 'hi ' + n
print(hello('x'), hello.__name__)
def with_args(tag):
    def d(f):
        def w(*a): return f'<{tag}>' + f(*a)
        return w
    return d
@with_args('b')
@with_args('i')
def text(): return 'txt'
print(text())
def cls_deco(c):
    c.decorated = True
    return c
@cls_deco
class K: pass
print(K.decorated)
registry = []
def register(f):
    registry.append(f.__name__); return f
@register
def a(): pass
@register
def b(): pass
print(registry)
@(lambda f: f())
def run_now(): return 'ran'
print(run_now)
deco_list = [deco]
@deco_list[0]
def via_index(): return 'vi'
print(via_index())
class Cnt:
    def __init__(self, f): self.f = f; self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@Cnt
def sq(x): return x * x
print(sq(3), sq(4), sq.n)
import functools
def keep(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@keep
def documented():
    "the doc"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
class M:
    @staticmethod
    @deco
    def s(): return 'static'
    @classmethod
    def c(cls): return cls.__name__
    @property
    @deco
    def p(self): return 'prop'
print(M.s(), M.c(), M().p)
t(lambda: exec('@1\ndef f(): pass'))
