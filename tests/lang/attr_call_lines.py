# The line reported for an attribute access or a method call spanning
# lines is the line of the attribute's name (CPython 3.11).
import sys


def line_of_error(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return type(e).__name__, tb.tb_lineno - f.__code__.co_firstlineno


def method_call():
    return (
        [1, 2, 3]
        .index(4)
    )


def attribute():
    return (
        object()
        .missing
    )


def chained():
    return (
        "a b"
        .split()
        .nothing()
    )


def args_on_later_lines():
    return [].index(
        1,
    )


def method_then_call_error():
    return "x".join(
        [1],
    )


for f in (method_call, attribute, chained, args_on_later_lines, method_then_call_error):
    print(f.__name__, line_of_error(f))
