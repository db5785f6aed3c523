def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def g():
    yield 1
    raise ValueError('in gen')
it = g(); print(next(it))
t(lambda: next(it))
t(lambda: next(it))
def g2():
    try:
        yield 1
    except ValueError:
        yield 'caught'
it2 = g2(); next(it2); print(it2.throw(ValueError)); t(lambda: next(it2))
def g3():
    yield from g()
t(lambda: list(g3()))
def stop_in_gen():
    next(iter([]))
    yield 1
t(lambda: list(stop_in_gen()))
def gen_ret():
    yield 1
    return [1, 2]
it = gen_ret(); next(it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration value', e.value)
def gen_ctx():
    import contextlib
    with contextlib.suppress(ZeroDivisionError):
        yield 1 / 0
    yield 'after'
print(list(gen_ctx()))
def close_ret():
    try:
        yield 1
    finally:
        print('cleanup in close')
c = close_ret(); next(c); print(c.close())
def exc_info_in_gen():
    import sys
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(exc_info_in_gen()))
g4 = (1 / x for x in [1, 0])
print(next(g4))
t(lambda: next(g4))
t(lambda: next(g4))
