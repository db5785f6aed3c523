import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
skip = {'EncodingWarning', 'BaseExceptionGroup', 'ExceptionGroup'}
for n in names:
    if n in skip: continue
    c = getattr(builtins, n)
    print(n, c.__mro__[1].__name__, len(c.__mro__))
