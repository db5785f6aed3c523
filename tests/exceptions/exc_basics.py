def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for args in [(), (1,), (1, 2), ('msg',)]:
    e = Exception(*args)
    print(repr(e), str(e), e.args)
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)), repr(KeyError()))
print(str(ValueError()), repr(ValueError('a', 'b')))
e = OSError(2, 'No such file'); print(e, e.errno, e.strerror, e.args, type(e).__name__)
e = OSError(2, 'No such file', 'f.txt'); print(e, e.filename)
print(type(OSError(2, 'x')).__name__, FileNotFoundError.__mro__[1].__name__)
e = StopIteration(5); print(e.value, StopIteration().value)
e = SystemExit(3); print(e.code, SystemExit().code)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'); print(e, e.start, e.end, e.reason, e.object)
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), issubclass(ZeroDivisionError, ArithmeticError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(BrokenPipeError, ConnectionError))
for name in ['ArithmeticError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'FloatingPointError', 'LookupError', 'IndexError', 'MemoryError', 'OverflowError', 'ReferenceError', 'StopAsyncIteration', 'SyntaxError', 'SystemError', 'TypeError', 'UnicodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'Warning', 'UserWarning', 'DeprecationWarning', 'PendingDeprecationWarning', 'SyntaxWarning', 'RuntimeWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning', 'BlockingIOError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError', 'EnvironmentError', 'IOError', 'BaseExceptionGroup', 'ExceptionGroup']:
    c = eval(name)
    print(name, c.__name__, c.__bases__[0].__name__)
try:
    try: 1/0
    except ZeroDivisionError as e: raise ValueError('v') from e
except ValueError as e: print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError('v2')
except ValueError as e: print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError('v3') from None
except ValueError as e: print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
def f():
    try: return 1
    finally: print('fin')
print(f())
def g():
    try: return 1
    finally: return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally: print('f', i)
    return 'done'
print(h())
def k():
    try: raise ValueError
    finally: return 'swallowed'
print(k())
import sys
try: raise TypeError('x')
except TypeError:
    et, ev, tb = sys.exc_info(); print(et.__name__, ev, tb is not None)
print(sys.exc_info())
class MyErr(Exception):
    def __init__(self, a, b): super().__init__(a); self.b = b
    def __str__(self): return 'MyErr(%s,%s)' % (self.args[0], self.b)
try: raise MyErr(1, 2)
except MyErr as e: print(e, repr(e), e.args)
try: raise MyErr
except TypeError as e: print('TE', e)
e = Exception('x'); e.add_note('note1'); e.add_note('note2'); print(e.__notes__)
t(lambda: e.add_note(5))
eg = ExceptionGroup('grp', [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)))
t(lambda: ExceptionGroup('x', []))
t(lambda: ExceptionGroup('x', [1]))
print(type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
e = ValueError('a'); e2 = e.with_traceback(None); print(e is e2)
print(Exception.__name__)
try:
    raise KeyError('missing')
except LookupError as e: print('lookup', e)
try: [][0]
except IndexError as e: print(e)
try: {}['a']
except KeyError as e: print(e, e.args)
try: x = undefined_name
except NameError as e: print(e, e.name)
def ul():
    print(loc)
    loc = 1
try: ul()
except UnboundLocalError as e: print(e)
try: None.foo
except AttributeError as e: print(e, e.name, e.obj)
try: int('abc')
except ValueError as e: print(e)
try: import nonexistent_mod
except ImportError as e: print(type(e).__name__, e, e.name)
try: from sys import nothing_here
except ImportError as e: print(type(e).__name__, e)
try: assert False, 'amsg'
except AssertionError as e: print(e, e.args)
try: assert 1 == 2
except AssertionError as e: print(repr(e), e.args)
