def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('v')
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('v') from z
except ValueError as e:
    print(type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('v') from None
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    raise KeyError('k') from ValueError('c')
except KeyError as e:
    print(repr(e.__cause__), e.__context__, str(e), repr(e))
t(lambda: exec('raise KeyError from 1'))
e = ValueError(1, 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError('x')), str(KeyError('x')), str(KeyError()), str(KeyError(1, 2)))
print(repr(Exception('a', 1)), str(Exception(None)), repr(BaseException()), IndexError.__mro__[1].__name__)
e = Exception(); e.__cause__ = TypeError(); print(e.__suppress_context__)
t(lambda: setattr(Exception(), '__cause__', 1))
t(lambda: setattr(Exception(), '__context__', 'x'))
se = StopIteration(5); print(se.value, StopIteration().value, StopIteration(1, 2).value)
print(OSError(2, 'No such file').errno, OSError(2, 'nf').strerror, str(OSError(2, 'nf')), str(OSError(2, 'nf', 'fname')), OSError('x').errno, OSError(1, 2, 3, 4).args)
print(type(OSError(2, 'x')).__name__, FileNotFoundError.__mro__[1].__name__, isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
print(str(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, KeyboardInterrupt.__mro__[1].__name__)
print(ImportError('m', name='nm').name, ImportError('m').path, ModuleNotFoundError.__mro__[1].__name__)
try:
    import nonexistent_mod_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
u = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad'); print(u, u.start, u.reason)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self): return f'MyErr<{self.args}, {self.b}>'
try:
    raise MyErr(1, 2)
except MyErr as e:
    print(e, repr(e), e.args)
class E2(Exception): pass
print(repr(E2('x')), str(E2()), E2.__name__, E2.__module__ if False else '')
try:
    raise E2
except E2 as e:
    print('caught', repr(e))
def f():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
t(f)
try:
    x = 1
    del x
    print(x)
except NameError as e:
    print(e)
def g():
    print(y)
    y = 1
t(g)
e = Exception('a')
e2 = e.with_traceback(None); print(e2 is e, e.__traceback__)
try:
    raise TypeError('one')
except TypeError as e:
    try:
        raise
    except TypeError as e2:
        print(e2 is e)
t(lambda: exec('raise'))
ex = Exception('n'); ex.add_note('note1'); print(ex.__notes__)
t(lambda: ex.add_note(1))
