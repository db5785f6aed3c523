import sys
def f(): raise ValueError('x')
def g(): f()
try: g()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    print(type(e.__traceback__).__name__, sys.exc_info()[2] is e.__traceback__)
def nested():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError as v:
            print(repr(v.__context__), repr(sys.exc_info()[1]))
        print(repr(sys.exc_info()[1]))
    print(sys.exc_info())
nested()
def gen():
    try:
        yield 1
    except Exception as e:
        print('gen got', repr(e), repr(sys.exc_info()[1]))
        yield 2
g2 = gen(); next(g2)
try:
    raise TypeError('outer')
except TypeError:
    print(g2.throw(ValueError('inner')))
    print(repr(sys.exc_info()[1]))
try:
    try: raise ValueError(1)
    finally: print('finally sees', repr(sys.exc_info()[1]))
except ValueError: pass
def reraise():
    try: raise KeyError('k')
    except KeyError:
        raise
try: reraise()
except KeyError as e: print('reraised', repr(e), e.__context__)
try:
    try: raise ValueError('first')
    except ValueError as e: raise e
except ValueError as e2: print(repr(e2.__context__))
e = ValueError('x')
try: raise e
except ValueError: pass
try: raise e
except ValueError as e3: print(e3 is e, e3.__context__)
def ctx_loop():
    try: raise KeyError(1)
    except KeyError as k:
        try: raise k
        except KeyError as k2: print('self-context', k2.__context__)
ctx_loop()
print(sys.exc_info())
