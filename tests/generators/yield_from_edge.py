def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        yield 'i2'
    except ValueError as e:
        print('inner caught', e)
        yield 'i-handled'
    finally:
        print('inner finally')
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o-end'
g = outer()
print(next(g), g.send('X'), g.throw(ValueError('boom')), next(g))
t(lambda: next(g))
g2 = outer(); next(g2)
print(g2.gi_yieldfrom.__name__ if g2.gi_yieldfrom else None)
g2.close(); print('closed', g2.gi_frame)
def deleg_iter():
    yield from range(3)
    yield from 'ab'
    yield from (x * 2 for x in [5])
print(list(deleg_iter()))
def send_to_iter():
    yield from iter([1, 2])
s = send_to_iter(); next(s)
t(lambda: s.send(5))
def thrower():
    yield from iter([1, 2])
th = thrower(); next(th)
t(lambda: th.throw(KeyError('k')))
def ret_value():
    return (yield)
def catcher():
    v = yield from ret_value()
    yield v
c = catcher(); next(c); print(c.send('sent-val'))
def gen_exc_in_yield_from():
    try:
        yield from [1, 2]
    except GeneratorExit:
        print('outer saw GeneratorExit')
        raise
gx = gen_exc_in_yield_from(); next(gx); gx.close()
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return 'fin-ret'
gr = gen_return_in_finally(); next(gr)
t(lambda: gr.throw(ValueError))
def infinite():
    n = 0
    while True:
        n += 1
        yield n
import itertools
print(list(itertools.islice(infinite(), 4)), next(iter(infinite())))
def gen_state():
    yield 1
gs = gen_state()
import inspect
print(inspect.getgeneratorstate(gs)); next(gs); print(inspect.getgeneratorstate(gs)); list(gs); print(inspect.getgeneratorstate(gs))
def genfn(): yield
print(inspect.isgeneratorfunction(genfn), inspect.isgenerator(genfn()), inspect.isfunction(genfn))
