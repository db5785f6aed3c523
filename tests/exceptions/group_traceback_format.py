# Exception groups print as CPython's framed trees: nesting, chained
# members, notes, more than 15 members.
import traceback

def show(e):
    text = "".join(traceback.format_exception(e))
    print(text.replace(__file__, "FILE"))

def fail(n):
    raise ValueError(n)

def group():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("inner")
    except KeyError as k:
        try:
            raise TypeError("chained") from k
        except TypeError as t:
            errors.append(t)
    inner = ExceptionGroup("inner group", [RuntimeError("deep")])
    errors.append(inner)
    raise ExceptionGroup("outer", errors)

try:
    group()
except ExceptionGroup as e:
    e.add_note("a note")
    show(e)

try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    show(e)

try:
    try:
        raise OSError("first")
    except OSError:
        raise ExceptionGroup("during", [ZeroDivisionError("z")])
except ExceptionGroup as e:
    show(e)
