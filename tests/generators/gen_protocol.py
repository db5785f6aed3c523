def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def gen():
    try:
        x = yield 1
        print('got', x)
        y = yield 2
        print('got', y)
    finally:
        print('gen finally')
g = gen(); print(next(g), g.send('a'))
t(lambda: g.send('b'))
g = gen(); print(next(g)); g.close(); print('closed')
g = gen(); t(lambda: g.send(1))
g = gen(); print(g.send(None))
t(lambda: g.throw(ValueError('thrown')))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', e)
            yield 'recovered'
c = catcher(); next(c); print(c.throw(ValueError('v'))); next(c)
def bad_close():
    try: yield 1
    except GeneratorExit: yield 2
b = bad_close(); next(b); t(b.close)
def stop_in():
    yield 1
    raise StopIteration('x')
t(lambda: list(stop_in()))
def ret():
    yield 1
    return 'retval'
g = ret(); next(g)
try: next(g)
except StopIteration as e: print('ret', e.value, e.args)
def deleg():
    r = yield from ret()
    print('deleg got', r)
    yield from [10, 20]
print(list(deleg()))
def inner():
    try:
        yield 'i1'
        yield 'i2'
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'i3'
    finally:
        print('inner finally')
def outer():
    yield from inner()
    yield 'o'
o = outer(); print(next(o), o.throw(KeyError('k')), next(o))
o = outer(); next(o); o.close(); print('outer closed')
def dropped():
    try:
        yield 1
    finally:
        print('dropped finally')
d = dropped(); next(d); del d
print('after del')
def scope():
    d2 = dropped(); next(d2)
scope()
print('after scope')
def genexp_scope():
    x = 10
    return list(x + i for i in range(3))
print(genexp_scope())
g = (i*i for i in range(3)); print(type(g).__name__, next(g), list(g), list(g))
g = gen(); print(g.gi_running, g.gi_frame is not None, g.__name__, g.__qualname__)
def running():
    yield g2.gi_running
g2 = running(); print(next(g2))
def self_ref():
    yield next(g3)
g3 = self_ref(); t(lambda: next(g3))
def counter():
    n = 0
    while True:
        n += yield n
cc = counter(); next(cc); print(cc.send(5), cc.send(3))
t(lambda: gen().send('nonnone'))
def throwtype():
    yield 1
tt = throwtype(); t(lambda: tt.throw(ValueError))
t(lambda: next(tt))
tt = throwtype(); next(tt); t(lambda: tt.throw(TypeError, TypeError('x'), None))
def yf_close():
    try:
        yield from inner()
    finally:
        print('yf finally')
y = yf_close(); next(y); y.close()
print(list(zip(range(3), (c for c in 'abcdef'))))
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return
gr = gen_with_return_in_finally(); next(gr); gr.close(); print('ok close')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a+b
import itertools
print(list(itertools.islice(fib(), 10)))
def gsend():
    v = yield from subg()
    yield v
def subg():
    x = yield 'first'
    return x * 2
s = gsend(); next(s); print(s.send(21))
