# Exception context set where an exception is raised: __exit__, callees, builtins, saved exceptions, generators, throw, format_exc.
import traceback, sys
def ctx(e):
    out = []
    while e is not None:
        out.append(f'{type(e).__name__}({e})')
        e = e.__context__
    return ' <- '.join(out)
class CM:
    def __exit__(self, *a):
        raise KeyError('exit')
    def __enter__(self): return self
try:
    with CM():
        raise ValueError('body')
except KeyError as e:
    print(ctx(e))
def f():
    raise IndexError('callee')
try:
    try:
        raise ValueError('first')
    except ValueError:
        f()
except IndexError as e:
    print(ctx(e))
try:
    try:
        raise ValueError('first')
    except ValueError:
        int('zz')
except ValueError as e:
    print(ctx(e))
saved = None
try:
    raise KeyError('saved')
except KeyError as e:
    saved = e
try:
    try:
        raise TypeError('now')
    except TypeError:
        raise saved
except KeyError as e:
    print(ctx(e))
try:
    try:
        raise TypeError('again')
    except TypeError:
        raise saved
except KeyError as e:
    print(ctx(e))
def gen():
    yield 1
    raise ValueError('gen raise')
g = gen()
next(g)
try:
    try:
        raise KeyError('caller')
    except KeyError:
        next(g)
except ValueError as e:
    print(ctx(e))
def g2():
    try:
        yield
    finally:
        raise RuntimeError('in finally')
x = g2(); next(x)
try:
    x.throw(ValueError('thrown'))
except RuntimeError as e:
    print(ctx(e))
def g3():
    yield
x = g3(); next(x)
try:
    try:
        raise TypeError('handling')
    except TypeError:
        x.throw(ValueError('thrown2'))
except ValueError as e:
    print(ctx(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('with cause') from z
except ValueError as e:
    print(ctx(e), e.__cause__, e.__suppress_context__)
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('outer')
except TypeError:
    s = traceback.format_exc()
    print(s.count('During handling'), s.splitlines()[-1])
try:
    try:
        raise ValueError('inner')
    except ValueError as v:
        raise TypeError('outer') from v
except TypeError:
    s = traceback.format_exc()
    print(s.count('direct cause'), s.splitlines()[-1])
