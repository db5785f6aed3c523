# Exceptions: handlers, finally, chaining, custom classes, messages.
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("k")
    return 10 / (n - 2)

for n in range(4):
    try:
        r = risky(n)
    except ValueError as e:
        print("ValueError", e, e.args)
    except (KeyError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)
    finally:
        print("finally", n)

def f():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("loop finally", i)
    return i

print(g())

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise AppError(42, "bad thing")
except AppError as e:
    print(e, e.code, repr(e), isinstance(e, Exception))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(e, type(e.__context__).__name__)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")

def reraiser():
    try:
        int("x")
    except ValueError:
        raise

try:
    reraiser()
except ValueError as e:
    print("reraised:", e)

try:
    [][1]
except IndexError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    assert 1 == 2, "assertion message"
except AssertionError as e:
    print("AssertionError", e)
import sys
try:
    raise OSError(2, "No such file", "x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e, sys.exc_info()[0].__name__)
print(sys.exc_info())
e = Exception("a", 1)
print(e.args, str(e), repr(e))
