"""Minimal warnings: warn() prints "file:line: Category: message" to
stderr once per location, as CPython's default filter does. Filters
("error", "ignore", "always", "default", "once", "module") select by
category and message; catch_warnings(record=True) collects the warnings
as WarningMessage objects instead of printing them."""

import sys

_seen = set()
filters = []


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _source_line(filename, lineno):
    try:
        import linecache
    except ImportError:
        linecache = None
    if linecache is not None:
        return linecache.getline(filename, lineno)
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeError, TypeError):
        pass
    return None


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def _action_for(category, text):
    for action, msg, cat in filters:
        if not issubclass(category, cat):
            continue
        if msg:
            import re
            if not re.match(msg, text, re.I):
                continue
        return action
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    else:
        if category is None:
            category = UserWarning
        if not (isinstance(category, type) and issubclass(category, Warning)):
            raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
        message = category(message)
    text = str(message)
    action = _action_for(category, text)
    if action == "ignore":
        return
    if action == "error":
        raise message
    try:
        frame = sys._getframe(stacklevel)
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    except (AttributeError, ValueError):
        filename, lineno = "sys", 1
    if action == "once":
        key = (text, category)
    elif action == "module":
        key = (text, category, filename)
    else:
        key = (text, category, filename, lineno)
    if action != "always":
        if key in _seen:
            return
        _seen.add(key)
    showwarning(message, category, filename, lineno)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _check_filter(action, category, lineno):
    # CPython asserts these (the messages are its assertions').
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_filter(action, category, lineno)
    entry = (action, "", category)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    _check_filter(action, category, lineno)
    entry = (action, message, category)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def resetwarnings():
    filters.clear()


class catch_warnings:
    def __init__(self, *, record=False, **kwargs):
        self._record = record

    def __enter__(self):
        global showwarning
        self._saved = list(filters)
        self._saved_show = showwarning
        if not self._record:
            return None
        log = []

        def record(message, category, filename, lineno, file=None, line=None):
            log.append(WarningMessage(message, category, filename, lineno, file, line))
        showwarning = record
        return log

    def __exit__(self, *exc):
        global showwarning
        filters[:] = self._saved
        showwarning = self._saved_show
