# contextlib: suppress, redirect_*, ExitStack, closing, nullcontext, contextmanager, chdir, AbstractContextManager.
import contextlib, io, os, sys
with contextlib.suppress(KeyError, IndexError):
    {}['x']
print('after suppress')
try:
    with contextlib.suppress(KeyError): 1 / 0
except ZeroDivisionError: print('not suppressed')
with contextlib.suppress(): pass
with contextlib.suppress(Exception):
    raise ExceptionGroup('eg', [ValueError(1)]) if sys.version_info >= (3, 12) else ValueError(1)
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as got: print('captured'); print(got is buf, file=sys.__stdout__)
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err): sys.stderr.write('to err')
print(repr(err.getvalue()))
order = []
with contextlib.ExitStack() as st:
    st.callback(order.append, 'cb1')
    st.push(lambda *exc: order.append('push') and False)
    v = st.enter_context(contextlib.nullcontext('val'))
    st.callback(lambda: order.append('cb2'))
    order.append(v)
print(order)
with contextlib.ExitStack() as st:
    st.callback(print, 'never')
    st2 = st.pop_all()
print('popped'); st2.close()
def swallow(*exc): return True
with contextlib.ExitStack() as st:
    st.push(swallow); raise ValueError('gone')
print('swallowed')
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError('inner')
except ZeroDivisionError as e: print('ZeroDivisionError', type(e.__context__).__name__)
class Res:
    def close(self): print('closed')
with contextlib.closing(Res()) as r: print(type(r).__name__)
with contextlib.nullcontext() as n: print(n)
@contextlib.contextmanager
def cm(x):
    print('enter', x)
    try: yield x * 2
    except ValueError as e: print('caught', e)
    finally: print('exit', x)
with cm(1) as v: print('body', v)
with cm(2): raise ValueError('inside')
try:
    with cm(3): raise KeyError('k')
except KeyError as e: print('KeyError propagated', e)
@contextlib.contextmanager
def bad():
    yield; yield
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@cm(5)
def decorated(): print('in decorated')
decorated()
here = os.getcwd()
d = os.path.dirname(os.path.abspath(__file__))
with contextlib.chdir('/'): print(os.getcwd())
print(os.getcwd() == here)
class ACM(contextlib.AbstractContextManager):
    def __exit__(self, *a): return None
with ACM() as a: print(type(a).__name__)
print(issubclass(io.StringIO, contextlib.AbstractContextManager), isinstance(object(), contextlib.AbstractContextManager))
try:
    with contextlib.ExitStack() as st: st.enter_context(object())
except TypeError as e: print(e)
