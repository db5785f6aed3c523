from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io
@contextmanager
def cm(x):
    print('enter', x)
    try:
        yield x * 2
    except ValueError as e:
        print('caught', e)
    finally:
        print('exit', x)
with cm(1) as v: print('body', v)
with cm(2): raise ValueError('boom')
try:
    with cm(3): raise KeyError('k')
except KeyError as e: print('propagated', e)
with suppress(ZeroDivisionError, KeyError): 1 / 0
print('after suppress')
try:
    with suppress(KeyError): [][1]
except IndexError: print('IndexError not suppressed')
class R:
    def close(self): print('closed')
with closing(R()) as r: print(type(r).__name__)
with nullcontext(5) as n: print(n)
with ExitStack() as st:
    st.callback(print, 'cb1'); st.callback(print, 'cb2')
    st.enter_context(cm(4))
buf = io.StringIO()
with redirect_stdout(buf): print('hidden')
print(repr(buf.getvalue()))
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@cm(9)
def decorated(): print('in decorated')
decorated()
