# Generators: state, send/throw/close semantics, return values, expressions.
def g():
    x = yield 1
    print('got', x)
    y = yield x * 2
    print('got', y)
    return 'done'
it = g()
print(next(it), it.send(5))
try:
    it.send(7)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print('exhausted', e.value)
it = g()
try:
    it.send(1)
except TypeError as e:
    print('TypeError', e)
print(it.send(None))
# gi_ attributes
def h():
    yield
gen = h()
print(gen.gi_running, gen.gi_frame is not None, gen.__name__, gen.__qualname__, type(gen).__name__)
next(gen)
try:
    next(gen)
except StopIteration:
    pass
print(gen.gi_frame)
# throw
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
            yield 'recovered'
c = catcher()
print(next(c), c.throw(ValueError('x')), next(c))
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
print(list(c))
# throw into unstarted generator
def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError('early'))
except RuntimeError as e:
    print('early', e)
print(list(s))
# close calls finally; yield in finally during close -> RuntimeError
def fin():
    try:
        yield 1
    finally:
        print('cleanup')
f = fin()
next(f)
f.close()
f.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError', e)
# close returning value in 3.11 is None
def ret_on_exit():
    try:
        yield
    except GeneratorExit:
        return 5
r = ret_on_exit(); next(r); print(r.close())
# StopIteration inside generator becomes RuntimeError
def stop_inside():
    yield 1
    raise StopIteration('inner')
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
# generator running re-entrance
def reent():
    yield next(me)
me = reent()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
# generator expressions
ge = (x * x for x in range(5) if x % 2)
print(ge.__name__, list(ge), list(ge))
print(sum(x for x in range(10)), max((len(w), w) for w in 'a bb ccc'.split()))
try:
    (x for x in 5)
except TypeError as e:
    print('TypeError', e)
# first iterable evaluated eagerly, others lazily
def src():
    print('src called')
    return [1, 2]
lazy = (a + b for a in src() for b in [10])
print('before iteration')
print(list(lazy))
# yield expressions in various positions
def ye():
    a = [(yield 1), (yield 2)]
    b = {(yield 3): (yield 4)}
    return a, b
gy = ye()
out = [next(gy)]
try:
    for v in 'wxyz':
        out.append(gy.send(v))
except StopIteration as e:
    print(out, e.value)
# generator returning in try/finally
def tf():
    try:
        yield 1
        return 'r'
    finally:
        print('tf finally')
print(list(tf()))
# infinite generator with islice-like manual take
def naturals():
    n = 0
    while True:
        yield n
        n += 1
nat = naturals()
print([next(nat) for _ in range(5)])
# generator as iterator protocol
print(iter(nat) is nat, hasattr(nat, '__next__'), hasattr(nat, 'send'))
