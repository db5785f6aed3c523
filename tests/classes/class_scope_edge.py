def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    x = 10
    y = [x + i for i in range(1)] if False else None
    z = [i for i in range(3)]
    w = {i: i for i in range(2)}
    g = list(i for i in range(2))
    try:
        bad = [x for _ in range(1)]
    except NameError as e:
        bad = str(e)
    first = [x * 2 for x in range(2)]
    outer_iter = [v for v in [x, x]]
print(A.z, A.w, A.g, A.bad, A.first, A.outer_iter, A.x)
class B:
    a = 1
    def f(self): return a
t(lambda: B().f())
a = 'global a'
print(B().f())
class C:
    v = 1
    class D:
        try:
            u = v
        except NameError as e:
            u = 'NameError'
print(C.D.u)
def fn():
    v = 'fn local'
    class E:
        u = v
        v = 'class v'
        w = v
    return E.u, E.w
print(fn())
class F:
    n = 3
    lam = lambda self: n if False else 'lam'
    items = [lambda: 1 for _ in range(n)]
print(F().lam(), len(F.items))
class G:
    __qualname__ = 'Custom.Qual'
print(G.__qualname__, G.__name__)
class H:
    locals_snapshot = sorted(k for k in locals() if not k.startswith('__'))
    q = 1
print(H.locals_snapshot)
class I:
    def __init__(self): self.val = 1
    val = 'class'
print(I().val, I.val)
