class CM:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self):
        print('enter', self.name); return self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.swallow
with CM('a') as x:
    print('body', x)
with CM('b', True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
with CM('d') as d1, CM('e') as e1:
    print('two', d1, e1)
with (CM('f') as f1,
      CM('g')):
    print('paren')
def ret():
    with CM('r'):
        return 'returned'
print(ret())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0: continue
        break
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
import contextlib
@contextlib.contextmanager
def gen_cm(v):
    print('setup', v)
    try:
        yield v * 2
    except ZeroDivisionError:
        print('handled zde')
    finally:
        print('teardown', v)
with gen_cm(1) as g:
    print('got', g)
with gen_cm(2):
    1 / 0
print('after zde')
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('orig')
except RuntimeError as e:
    print('RuntimeError', e, type(e.__context__).__name__)
with contextlib.nullcontext(5) as n:
    print('null', n)
stack = contextlib.ExitStack()
with stack:
    stack.callback(print, 'cb1')
    stack.callback(print, 'cb2')
    stack.enter_context(CM('st'))
