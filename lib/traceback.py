"""Printing and formatting of exceptions and their tracebacks (the parts
of CPython's traceback module that programs commonly use)."""

import sys


def _text(exc):
    import io
    buf = io.StringIO()
    sys.print_exception(exc, buf)
    return buf.getvalue()


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    if value is not None or not isinstance(exc, BaseException):
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    return _text(exc).splitlines(True)


def format_exception_only(exc, /, value=None):
    if value is not None or not isinstance(exc, BaseException):
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    name = type(exc).__qualname__
    mod = type(exc).__module__
    if mod not in ("__main__", "builtins"):
        name = mod + "." + name
    msg = str(exc)
    return [name + (": " + msg if msg else "") + "\n"]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1]))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], file=file)


def print_stack(f=None, limit=None, file=None):
    pass


def format_stack(f=None, limit=None):
    return []


def extract_stack(f=None, limit=None):
    return []
