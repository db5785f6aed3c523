# f_lineno of calling frames is the line of their call (logging's caller
# info and traceback.extract_stack depend on it).
import sys
import traceback


def caller_line():
    return sys._getframe(1).f_lineno


def two_up():
    return sys._getframe(2).f_lineno, caller_line()


def f():
    x = 1
    return (caller_line(),
            two_up())


print(f())
print(caller_line(), [caller_line()
                      for i in range(2)])


def gen():
    yield caller_line()
    yield caller_line()


print(list(gen()))


class C:
    def m(self):
        return traceback.extract_stack()[-2:]


for fs in C().m():
    print(fs.lineno, fs.name, fs.line)
