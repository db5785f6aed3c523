for cls in [Exception, ValueError, KeyError, IndexError, OSError, UnicodeError, StopIteration, SystemExit, AttributeError, NameError, ImportError, AssertionError, RuntimeError, NotImplementedError, ZeroDivisionError, OverflowError, RecursionError, TimeoutError, FileNotFoundError]:
    for args in [(), ('msg',), ('a', 'b'), (1,), (None,)]:
        e = cls(*args)
        print(cls.__name__, repr(args), repr(str(e)), repr(e), e.args)
