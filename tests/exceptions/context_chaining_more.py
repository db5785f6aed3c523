# Implicit exception chaining: generators and throw(), re-raising handled exceptions, cycles, except*, exception groups.
import sys
def ctx(e):
    out = []
    while e is not None:
        out.append(f'{type(e).__name__}({e})')
        e = e.__context__
    return ' <- '.join(out)
def g():
    try:
        yield 1
    except KeyError:
        raise ValueError('in gen')
it = g(); next(it)
try:
    try:
        raise TypeError('outer')
    except TypeError:
        it.throw(KeyError('k'))
except ValueError as e:
    print(ctx(e))
def gen_exc_info():
    try:
        raise IndexError('i')
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
gi = gen_exc_info()
print(next(gi))
try:
    raise KeyError('outside')
except KeyError:
    print(next(gi))
print(next(gi))
try:
    try:
        raise ValueError('a')
    except ValueError as e1:
        try:
            raise TypeError('b')
        except TypeError as e2:
            raise e1
except ValueError as e:
    print(ctx(e))
try:
    try:
        raise ValueError('x')
    finally:
        pass
except ValueError as e:
    print(ctx(e))
def cycle():
    try:
        raise ValueError('v')
    except ValueError as v:
        try:
            raise KeyError('k') from v
        except KeyError as k:
            raise v
try:
    cycle()
except ValueError as e:
    print(ctx(e), e.__cause__)
e = ValueError('manual')
e.__context__ = e
try:
    raise e
except ValueError as x:
    print(x.__context__ is x)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as z:
    print(ctx(z))
try:
    try:
        raise KeyError(1)
    except KeyError:
        del undefined_name
except NameError as n:
    print(ctx(n))
def reraise_in_finally():
    try:
        raise ValueError('body')
    finally:
        try:
            raise TypeError('finally')
        except TypeError:
            pass
try:
    reraise_in_finally()
except ValueError as e:
    print(ctx(e))
try:
    with open('/nonexistent/x') as f:
        pass
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except* ValueError as g:
    print('caught', repr(g))
except* TypeError as g:
    print('caught', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled values')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    try:
        raise ValueError('plain')
    except* ValueError as g:
        print('wrapped', repr(g), g.exceptions)
except Exception as e:
    print('escaped', e)
eg = ExceptionGroup('top', [ValueError('a'), ExceptionGroup('sub', [TypeError('b'), ValueError('c')])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.derive([KeyError()]).message)
try:
    raise BaseExceptionGroup('b', [KeyboardInterrupt()])
except BaseExceptionGroup as b:
    print(type(b).__name__)
print(sys.exc_info())
