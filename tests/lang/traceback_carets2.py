import traceback, sys
def t(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
class C:
    def m(self, x): return x / 0
def a(): return C().m(1)
def b():
    return C().m(
        2)
def c():
    x = (1,
         2)
    return x[
        5]
def d(): return [i for i in range(3)][9]
def e(): return {"a": 1}["b"]
def f(): assert 1 == 2, "msg"
def g(): raise ValueError("plain")
def h(): return "%d" % "x"
def i():
    l = [1, 2]
    l[5] = 3
def j():
    import nonexistent_module_x
def k(): return sum([1, "a"])
def l(): return (lambda: 1/0)()
def m(): return -"x"
def n(): return 1 < "x"
def o():
    d = {}
    d.x = 5
def p(): return f"{1/0}"
def q():
    for ch in 5:
        pass
def r(): return getattr(5, "nope")
for fn in (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r):
    t(fn)
def deep():
    x = 1 +\
        None
deep()
