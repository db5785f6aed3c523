# Builtin exception constructors: attributes, keyword arguments, OSError subclass mapping, reprs.
# exceptions: reprs and str of builtin exceptions with various args
import errno
snips = r'''
repr(OSError(errno.ENOENT, 'No such file', 'a.txt'))
str(OSError(errno.ENOENT, 'No such file', 'a.txt'))
str(OSError(errno.ENOENT, 'No such file', 'a.txt', None, 'b.txt'))
type(OSError(errno.ENOENT, 'x')).__name__
type(OSError(errno.EEXIST, 'x')).__name__
type(OSError(errno.EACCES, 'x')).__name__
type(OSError(errno.EAGAIN, 'x')).__name__
type(OSError(errno.ECONNREFUSED, 'x')).__name__
type(OSError(errno.ETIMEDOUT, 'x')).__name__
type(OSError(errno.EPIPE, 'x')).__name__
type(OSError(errno.EISDIR, 'x')).__name__
type(OSError(errno.ECHILD, 'x')).__name__
type(OSError(errno.EINTR, 'x')).__name__
type(OSError(999, 'x')).__name__
OSError(1, 2, 3).filename
OSError(1).args
OSError(1).errno
IOError is OSError
EnvironmentError is OSError
repr(FileNotFoundError('x'))
FileNotFoundError(2, 'nf').errno
str(KeyError('a', 'b'))
repr(KeyError())
str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))
repr(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))
str(UnicodeEncodeError('ascii', 'é', 0, 1, 'bad'))
str(UnicodeTranslateError('é', 0, 1, 'bad'))
UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad').object
str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'))
str(SyntaxError('msg', ('f.py', 1, 2, 'x = ', 1, 3)))
SyntaxError('msg', ('f.py', 1, 2, 'x = ')).lineno
repr(SyntaxError('msg'))
str(SyntaxError())
SyntaxError('m', ('f', 3, 4, 't')).args
repr(StopIteration(1, 2))
StopIteration(1, 2).value
str(SystemExit(3))
SystemExit(3, 4).code
repr(ExceptionGroup('m', [ValueError()]))
str(ExceptionGroup('m', [ValueError(), TypeError()]))
ExceptionGroup('m', [])
ExceptionGroup('m', [1])
ExceptionGroup(1, [ValueError()])
type(ExceptionGroup('m', [KeyboardInterrupt()])).__name__
type(BaseExceptionGroup('m', [ValueError()])).__name__
repr(NameError('x', name='y'))
NameError('x', name='y').name
AttributeError('a', name='n', obj=1).obj
ImportError('m', name='mod', path='p').path
str(ImportError('m', name='mod'))
ImportError('m', x=1)
repr(BaseException())
BaseException(1) == BaseException(1)
Exception.__new__(Exception).args
ZeroDivisionError() .__class__.__mro__[1:3]
str(ArithmeticError('a'))
issubclass(FloatingPointError, ArithmeticError)
issubclass(BufferError, Exception)
issubclass(EncodingWarning, Warning)
issubclass(ResourceWarning, Warning)
BlockingIOError(11, 'x', 5).characters_written
repr(TimeoutError())
'''
for line in snips.strip().split('\n'):
    try:
        r = eval(line)
        print(line, '->', repr(r))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
