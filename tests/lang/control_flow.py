# Exceptions through generators, finally blocks, with statements and closures.
def h():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("exit at", i)
            raise
x = h(); next(x); next(x); x.close()
def k():
    try:
        return 1
    finally:
        print("k finally")
print(k())
def m():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as e:
            print("inner", repr(e), repr(e.__context__))
        print("after inner")
m()
def nested_finally():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return "ret"
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
print(nested_finally())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0])
def with_ret():
    with CM():
        return 5
print(with_ret())
def gen_in_with():
    with CM():
        yield 1
        yield 2
print(list(gen_in_with()))
try:
    try:
        raise ValueError
    finally:
        print("finally during exception")
except ValueError:
    print("caught after finally")
def exc_in_except():
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("converted")
try:
    exc_in_except()
except ValueError as e:
    print(e, type(e.__context__).__name__)
import sys
def show_exc():
    try:
        raise TypeError("t")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])
show_exc()
a = [1, 2, 3]
for i, v in enumerate(a):
    if v == 2:
        a.remove(v)
print(a)
print([(lambda: i)() for i in range(3)])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc, lambda: count
inc, get = counter()
inc(); inc()
print(get())
