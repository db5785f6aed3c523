import traceback, sys, io
def f():
    raise ZeroDivisionError("division by zero")
def g():
    try:
        f()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    g()
except ValueError:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
    print(s.splitlines()[-1])
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(len(traceback.extract_tb(e.__traceback__)))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
    print("".join(traceback.format_tb(e.__traceback__)), end="")
buf = io.StringIO()
try:
    {}["k"]
except KeyError as e:
    traceback.print_exception(e, file=buf)
print(buf.getvalue().splitlines()[-1])
try:
    raise TypeError
except TypeError as e:
    print(traceback.format_exception_only(e))
def h():
    return traceback.extract_stack()
st = h()
print(st[-1].name, st[-1].line)
