import traceback, sys
def t(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
def a(): print(1/0)
def b(): x = [1]; return x[5] + 1
def c(): d = {}; return d["missing"]
def e(): return undefined_name + 1
def g(): return len(5)
def h():
    s = "abc"
    return s.nope()
def i(): return (1 +
    None)
def j(): return 1 +   None
def k(): return [1, 2][ 10 ]
def l(): return int("x")
def m():
    x = 5
    x()
def n(): return {}.get(1).attr
def o(): a, b = 1, 2, 3
def p(): return 2 ** "x"
def q(): return 7 // 0
def r(): return "é" + 1
for f in (a, b, c, e, g, h, i, j, k, l, m, n, o, p, q, r):
    t(f)
