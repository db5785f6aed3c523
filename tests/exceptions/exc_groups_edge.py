def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ValueError(3)])
print(eg, repr(eg), eg.message, eg.exceptions, len(eg.exceptions))
m, rest = eg.split(ValueError); print(m, rest, m.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions, eg.subgroup(KeyError), eg.split(lambda e: e.args[0] > 1))
t(lambda: ExceptionGroup('m', []))
t(lambda: ExceptionGroup('m', [1]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
print(type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup('m', [ValueError()])).__name__)
try:
    raise ExceptionGroup('g', [ValueError('a'), TypeError('b')])
except* ValueError as e:
    print('VE', repr(e))
except* TypeError as e:
    print('TE', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError('a'), KeyError('b')])
    except* ValueError:
        print('handled VE')
except ExceptionGroup as e:
    print('leftover', repr(e))
try:
    raise ValueError('plain')
except* ValueError as e:
    print('wrapped', repr(e), type(e).__name__)
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
print(nested.split(ValueError)[0], nested.split(ValueError)[1])
def derive():
    class MyEG(ExceptionGroup):
        def derive(self, excs): return MyEG(self.message, excs)
    e = MyEG('mine', [ValueError(), TypeError()])
    a, b = e.split(ValueError)
    return type(a).__name__, type(b).__name__
print(derive())
t(lambda: exec('try:\n  pass\nexcept* (ValueError, ExceptionGroup):\n  pass'))
try:
    raise ExceptionGroup('x', [OSError(2, 'nf')])
except* FileNotFoundError as e:
    print('fnf', e.exceptions)
except* OSError as e:
    print('os', e.exceptions)
