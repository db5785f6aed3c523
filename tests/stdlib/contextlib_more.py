import contextlib, io, sys
with contextlib.redirect_stderr(io.StringIO()) as e: print('err', file=sys.stderr)
print(repr(e.getvalue()))
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print('exit', a[0]); return False
with CM() as c: print(type(c).__name__)
with contextlib.ExitStack() as st:
    st.push(lambda *exc: print('push got', exc[0].__name__ if exc[0] else None) or True)
    raise KeyError('swallowed')
print('after')
stack = contextlib.ExitStack()
stack.callback(print, 'later'); s2 = stack.pop_all(); stack.close(); print('closed 1'); s2.close()
with contextlib.suppress(): pass
try:
    with contextlib.suppress(ValueError): raise TypeError('t')
except TypeError as ex: print('TypeError', ex)
@contextlib.contextmanager
def gen():
    try: yield
    except Exception: print('inner handled'); raise
try:
    with gen(): raise RuntimeError('r')
except RuntimeError as ex: print('outer', ex)
@contextlib.contextmanager
def swallow():
    try: yield
    except ZeroDivisionError: pass
with swallow(): 1 / 0
print('swallowed zde')
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
