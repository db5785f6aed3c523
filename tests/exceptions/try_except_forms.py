# try/except/else/finally forms (MicroPython try_*.py, exception*.py).
def t(n):
    try:
        if n == 0: raise ValueError('v')
        if n == 1: raise KeyError('k')
        if n == 2: raise TypeError
        if n == 3: return 'ret'
        if n == 4: 1 / 0
    except (ValueError, KeyError) as e:
        print('caught', type(e).__name__, repr(e), e.args)
    except TypeError:
        print('type error')
    except:
        print('bare except')
    else:
        print('else', n)
    finally:
        print('finally', n)
for i in range(6):
    print(t(i))
# exception variable is cleared after except
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print('NameError', e)
# exception tuple from variable
excs = (IndexError, ZeroDivisionError)
try:
    [][1]
except excs as e:
    print('tuple var', type(e).__name__)
# raise class vs instance
for r in [ValueError, ValueError(), ValueError('x', 2)]:
    try:
        raise r
    except ValueError as e:
        print(repr(e), e.args, str(e))
# raise non-exception
for r in [1, 'str', object(), int]:
    try:
        raise r
    except TypeError as e:
        print('TypeError', e)
# re-raise
def rr():
    try:
        raise KeyError(5)
    except KeyError:
        raise
try:
    rr()
except KeyError as e:
    print('re-raised', e)
# bare raise without active exception
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
# nested handlers and context
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('outer')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__, e.__cause__)
try:
    try:
        raise ValueError('inner')
    except ValueError as v:
        raise TypeError('outer') from v
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError('x') from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
# except with non-exception class
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print('TypeError', e)
# exception in else
try:
    try:
        pass
    except ValueError:
        print('no')
    else:
        raise KeyError('from else')
except KeyError as e:
    print('else raised', e)
# finally overriding return
def fo():
    try:
        return 1
    finally:
        return 2
print(fo())
def fb():
    for i in range(3):
        try:
            if i == 1: break
        finally:
            print('fin', i)
    return i
print(fb())
def fc():
    r = []
    for i in range(3):
        try:
            continue
        finally:
            r.append(i)
    return r
print(fc())
def swallow():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(swallow())
# exception in finally replaces
try:
    try:
        raise ValueError('a')
    finally:
        raise KeyError('b')
except KeyError as e:
    print(repr(e), repr(e.__context__))
# sys.exc_info
import sys
try:
    raise IndexError('q')
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
# exception with args manipulation
e = Exception(1, 2)
e.args = ('new',)
print(e, repr(e))
e = Exception()
print(repr(str(e)), repr(e))
print(repr(KeyError('a')), str(KeyError('a')), str(KeyError()), str(KeyError(1, 2)))
