import sys
def f():
    a = 1
    x = sys._getframe(0).f_lineno
    y = sys._getframe(1).f_lineno
    return x, y
print(f())
def g():
    return f()
print(g())
print(sys._getframe().f_lineno)
def gen():
    yield sys._getframe().f_lineno
    yield 2
it = gen()
print(next(it), it.gi_frame.f_lineno)
import logging
logging.basicConfig(stream=sys.stdout, format="%(lineno)d %(funcName)s %(message)s")
logging.warning("top")
def h():
    logging.warning("in h")
h()
