def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
try:
    raise ExceptionGroup('eg', [ValueError('a'), TypeError('b'), ValueError('c')])
except* ValueError as e:
    print('caught V', repr(e))
except* TypeError as e:
    print('caught T', repr(e))
print('after')
try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked', repr(e), repr(e.exceptions))
def f():
    try:
        raise ExceptionGroup('g', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('key handled')
try: f()
except ExceptionGroup as e: print('left', repr(e))
def g():
    try:
        raise ExceptionGroup('g', [KeyError('k')])
    except* KeyError:
        raise RuntimeError('new')
try: g()
except RuntimeError as e: print('raised', repr(e), repr(e.__context__))
def h():
    try:
        raise ExceptionGroup('g', [KeyError('k'), ValueError(1)])
    except* KeyError:
        raise RuntimeError('new')
try: h()
except ExceptionGroup as e: print('combined', repr(e))
def r():
    try:
        raise ExceptionGroup('g', [KeyError('k'), ValueError(1)])
    except* KeyError:
        raise
try: r()
except ExceptionGroup as e: print('reraised', repr(e))
try:
    try: raise TypeError(1)
    except* ValueError: print('no')
except TypeError as e: print('unmatched naked', repr(e))
try:
    try: raise ValueError(1)
    except* ExceptionGroup: pass
except TypeError as e: print(e)
try:
    raise ExceptionGroup('x', [ValueError(1)])
except* (TypeError, ValueError) as e:
    print('tuple', repr(e))
else:
    print('else')
finally:
    print('finally')
try:
    pass
except* ValueError:
    pass
else:
    print('else ran')
eg = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.split(lambda e: False))
try:
    raise eg
except* ValueError as e: print(repr(e))
except* TypeError as e: print(repr(e))
t(lambda: ExceptionGroup('x', ValueError()))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('x', [KeyboardInterrupt()]).split(KeyboardInterrupt))
t(lambda: eg.split(1))
t(lambda: str(ExceptionGroup('one', [ValueError()])))
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '!', excs)
me = MyEG('m', [ValueError(1), TypeError(2)])
print(repr(me), type(me).__name__, repr(me.split(ValueError)))
e = ExceptionGroup('n', [ValueError(1), TypeError(2)]); e.add_note('hi')
print(e.subgroup(ValueError).__notes__)
