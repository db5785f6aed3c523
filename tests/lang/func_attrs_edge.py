def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def f(a, b=2, *args, c, d=4, **kw):
    "docstring"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_name, f.__code__.co_varnames[:4], f.__module__, type(f.__globals__).__name__, f.__closure__, f.__annotations__)
def g(x: int, y: 'str' = 'a') -> bool: pass
print(g.__annotations__)
class C:
    def m(self): pass
    class Inner:
        def im(self): pass
print(C.m.__qualname__, C.Inner.im.__qualname__, C.Inner.__qualname__, C.__name__, C.Inner.__name__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
f.__defaults__ = (10,); print(f(1, c=1))
f.custom = 'attr'; print(f.custom, f.__dict__)
t(lambda: f.nope)
def h(a, b=[]):
    b.append(a); return b
print(h(1), h(2), h(3, []))
def kwdef(*, k=lambda: 'x'): return k()
print(kwdef(), kwdef(k=lambda: 'y'))
t(lambda: setattr(f, '__name__', 5))
f.__name__ = 'renamed'; print(f.__name__, f.__qualname__)
def doc_none(): pass
print(doc_none.__doc__, doc_none.__defaults__, doc_none.__kwdefaults__)
print(callable(f), type(f).__name__, type(C.m).__name__, type(C().m).__name__)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
import sys
old = sys.getrecursionlimit()
def inf(n): return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print('RecursionError', e)
def annotated(a: 'x', *args: 'y', b: 'z' = 1, **kw: 'w') -> 'r': pass
print(annotated.__annotations__)
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, /, b: a + b)(1, b=2))
