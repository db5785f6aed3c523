def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
try:
    raise ValueError
except (KeyError, ValueError) as e:
    print('tuple', type(e).__name__, e.args)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise
except LookupError as e:
    print('reraised', repr(e))
def handler_var_deleted():
    try:
        raise ValueError('x')
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e2:
        return 'deleted: ' + str(e2)
print(handler_var_deleted())
try:
    raise Exception('a', 'b')
except Exception as e:
    a, b = e.args
    print(a, b)
def bare():
    try:
        1 / 0
    except:
        return 'bare caught'
print(bare())
class CustomErr(ValueError):
    def __init__(self, code):
        self.code = code
        super().__init__(f'code {code}')
try:
    raise CustomErr(42)
except ValueError as e:
    print(e, e.code, e.args, isinstance(e, CustomErr), repr(e))
t(lambda: exec('raise ValueError("x") from KeyError("y")'))
t(lambda: exec('raise 1'))
t(lambda: exec('raise object()'))
t(lambda: exec('raise TypeError from object()'))
t(lambda: exec('try:\n  pass\nexcept int:\n  pass'))
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('outer')
except TypeError as e:
    c = e.__context__
    print(type(c).__name__, c, c.__traceback__ is not None)
def nested_finally():
    try:
        try:
            return 'a'
        finally:
            print('inner fin')
    finally:
        print('outer fin')
print(nested_finally())
e = ValueError('x')
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(ConnectionResetError, OSError), issubclass(TimeoutError, OSError), issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception))
print([c.__name__ for c in BlockingIOError.__mro__], ArithmeticError.__subclasses__()[:3] if False else '')
try:
    {}['missing']
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [][0]
except IndexError as e:
    print(repr(e))
try:
    int('x')
except ValueError as e:
    print(repr(e))
try:
    None.foo
except AttributeError as e:
    print(repr(e), e.name if hasattr(e, 'name') else '', e.obj is None if hasattr(e, 'obj') else '')
try:
    undefined_thing
except NameError as e:
    print(repr(e), e.name)
