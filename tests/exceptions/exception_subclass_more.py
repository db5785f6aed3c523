# User exception subclasses: __init__, __str__, attributes, hierarchy.
class MyError(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
class WithStr(ValueError):
    def __str__(self):
        return 'custom str'
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(MyError()), repr(MyError(1)), str(MyError('a', 'b')))
e = WithInit(404, 'nf')
print(e.code, e.args, str(e), repr(e))
n = NoSuper(5)
print(n.x, n.args, repr(n), str(n))
print(str(WithStr('x')), repr(WithStr('x')), WithStr.__mro__[1].__name__)
print(str(WithRepr('y')), repr(WithRepr('y')))
try:
    raise WithInit(1, 'm')
except Exception as ex:
    print(type(ex).__name__, isinstance(ex, WithInit), ex.code)
class Base(Exception): pass
class Derived(Base): pass
for cls in [Base, Derived]:
    try:
        raise cls('z')
    except Derived:
        print('derived handler', cls.__name__)
    except Base:
        print('base handler', cls.__name__)
print(issubclass(Derived, Exception), issubclass(Derived, BaseException), issubclass(KeyError, LookupError))
print([c.__name__ for c in Derived.__mro__])
# exception with __new__ and extra attributes
class Rich(Exception):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.kw = kw
r = Rich(1, 2, k=3)
print(r.args, r.kw)
# exceptions are ordinary objects
e = ValueError('v')
e.extra = [1]
print(e.extra, hasattr(e, '__dict__'), e.__traceback__)
# with_traceback
try:
    raise ValueError('t')
except ValueError as ex:
    tb = ex.__traceback__
    ex2 = KeyError('k').with_traceback(tb)
    print(ex2.__traceback__ is tb)
# BaseException direct subclasses not caught by Exception
class Stop(BaseException): pass
try:
    try:
        raise Stop
    except Exception:
        print('wrong')
except BaseException as b:
    print('base caught', type(b).__name__)
# KeyboardInterrupt / SystemExit / GeneratorExit are BaseException
for c in [KeyboardInterrupt, SystemExit, GeneratorExit]:
    print(c.__name__, issubclass(c, Exception), issubclass(c, BaseException))
# SystemExit code
for args in [(), (3,), ('msg',), (1, 2)]:
    s = SystemExit(*args)
    print(repr(s.code))
# StopIteration value
s = StopIteration(5)
print(s.value, StopIteration().value)
# OSError args mapping
o = OSError(2, 'No such file')
print(o.errno, o.strerror, str(o), type(o).__name__)
o = OSError('single')
print(o.errno, o.args)
# exception attribute on KeyError str
print(str(KeyError('')), str(KeyError('a b')), str(IndexError('')))
# UnicodeError subclasses
print(issubclass(UnicodeDecodeError, ValueError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(TimeoutError, OSError), issubclass(FileNotFoundError, OSError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
