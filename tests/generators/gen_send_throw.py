def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def g():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except KeyError as e:
        print('caught', repr(e))
        y = yield 'after-throw'
    print('y', y)
    return 'ret'
gen = g()
print(next(gen), gen.send('s1'), gen.throw(KeyError('k')))
try:
    gen.send('final')
except StopIteration as e:
    print('stop', e.value, e.args)
t(lambda: next(gen))
gen2 = g()
t(lambda: gen2.send(5))
print(gen2.gi_running, gen2.gi_frame is not None, gen2.__name__, gen2.__qualname__)
next(gen2); gen2.close(); print(gen2.gi_frame)
t(lambda: next(gen2))
def deleg():
    r = yield from g()
    print('deleg got', r)
    yield from [10, 20]
    return 'dret'
d = deleg()
print(next(d), d.send(None), d.send('y'), next(d), next(d) if False else '')
print(list(deleg.__code__.co_varnames), end=' ')
print()
def closing():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        raise
c = closing(); next(c); c.close(); c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
t(b.close)
def stopiter_inside():
    yield 1
    raise StopIteration('x')
t(lambda: list(stopiter_inside()))
def running():
    yield gen_r.gi_running
gen_r = running(); print(next(gen_r))
def reentrant():
    yield next(gen_re)
gen_re = reentrant()
t(lambda: next(gen_re))
ge = (x * x for x in range(4))
print(next(ge), list(ge), list(ge))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(counter(5)), list(zip(counter(3), 'abc')), max(counter(4)))
def thrower():
    yield 1
t(lambda: thrower().throw(ValueError('fresh')))
th = thrower(); next(th)
t(lambda: th.throw(ValueError))
t(lambda: th.throw(ValueError, ValueError('v2')))
def sub():
    try:
        yield 1
    finally:
        print('sub finally')
def outer():
    yield from sub()
o = outer(); next(o); o.close(); print('closed outer')
def yfret():
    x = yield from iter([])
    return x
t(lambda: next(yfret()))
def genexpr_scope():
    n = 3
    return list(i * n for i in range(n))
print(genexpr_scope())
print(type((lambda: (yield))()).__name__)
