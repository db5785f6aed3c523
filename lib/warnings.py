"""Minimal warnings: warn() prints "file:line: Category: message" to
stderr once per location, as CPython's default filter does."""

import sys

_seen = set()
filters = []


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    for action, cat in filters:
        if issubclass(category, cat):
            if action == "ignore":
                return
            if action == "error":
                raise category(message)
    try:
        frame = sys._getframe(stacklevel)
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    except (AttributeError, ValueError):
        filename, lineno = "sys", 1
    key = (str(message), category, filename, lineno)
    if key in _seen:
        return
    _seen.add(key)
    print("%s:%s: %s: %s" % (filename, lineno, category.__name__, message), file=sys.stderr)


def simplefilter(action, category=Warning, lineno=0, append=False):
    filters.insert(0, (action, category))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    filters.insert(0, (action, category))


def resetwarnings():
    filters.clear()


class catch_warnings:
    def __init__(self, *, record=False, **kwargs):
        self._record = record

    def __enter__(self):
        self._saved = list(filters)
        return [] if self._record else None

    def __exit__(self, *exc):
        filters[:] = self._saved
