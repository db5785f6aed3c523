def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print('c' in dir(), 'a' in dir())
l = list(range(6)); del l[0], l[0]; print(l)
l = list(range(6)); del l[-1:], l[:1]; print(l)
d = {'x': 1, 'y': 2}; del d['x'], d['y']; print(d)
class O: pass
o = O(); o.a = 1; o.b = 2; del o.a, o.b; print(vars(o))
x = [1, [2, 3]]; del x[1][0]; print(x)
def f():
    v = 1
    del v
    return 'ok'
print(f())
t(lambda: exec('del undefined_name'))
t(lambda: exec('def g():\n  del q\n  q = 1\ng()'))
t(lambda: exec('del 1'))
t(lambda: exec('del (a, b)', {'a': 1, 'b': 2}))
t(lambda: exec('del [a]', {'a': 1}))
t(lambda: exec('del f()'))
t(lambda: exec('del x[0]', {'x': 'str'}))
t(lambda: exec('del x.real', {'x': 1}))
