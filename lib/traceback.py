"""Print and format exceptions and tracebacks: the parts of CPython's
traceback module that programs use. The text is the same as the
interpreter prints for an uncaught exception."""

import sys

_unset = object()


def _value(exc, value):
    # print_exception(exc) (3.10+) and print_exception(type, value, tb)
    if value is _unset:
        return exc
    return value


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeError):
        pass
    return ""


class FrameSummary:
    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line

    @property
    def line(self):
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file %s, line %d in %s>" % (self.filename, self.lineno, self.name)


class StackSummary(list):
    def format(self):
        out = []
        for fs in self:
            s = '  File "%s", line %d, in %s\n' % (fs.filename, fs.lineno, fs.name)
            if fs.line:
                s += "    %s\n" % fs.line
            out.append(s)
        return out


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    out = StackSummary()
    for frame, lineno in walk_tb(tb):
        if limit is not None and len(out) >= limit:
            break
        code = frame.f_code
        out.append(FrameSummary(code.co_filename, lineno, code.co_name))
    return out


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for s in format_tb(tb, limit):
        print(s, end="", file=file)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    frames = []
    while f is not None:
        frames.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:]
    return StackSummary(frames)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for s in format_stack(f, limit):
        print(s, end="", file=file)


def format_exception_only(exc, value=_unset):
    v = _value(exc, value)
    if v is None:
        return ["NoneType: None\n"]
    lines = _format(v).splitlines(True)
    # the exception's own line(s) follow its traceback's last entry
    i = len(lines)
    while i > 0 and not lines[i - 1].startswith("  "):
        i -= 1
    if isinstance(v, SyntaxError):
        while i > 0 and lines[i - 1].startswith("  File"):
            i -= 1
    return lines[i:] or lines[-1:]


def _format(v):
    import io
    buf = io.StringIO()
    sys.print_exception(v, buf)
    return buf.getvalue()


def format_exception(exc, value=_unset, tb=_unset, limit=None, chain=True):
    v = _value(exc, value)
    if v is None:
        return ["NoneType: None\n"]
    if not chain:
        saved = v.__cause__, v.__context__
        v.__cause__ = v.__context__ = None
        try:
            text = _format(v)
        finally:
            v.__cause__, v.__context__ = saved
    else:
        text = _format(v)
    return _group(text.splitlines(True))


_SEPARATORS = (
    "The above exception was the direct cause of the following exception:\n",
    "During handling of the above exception, another exception occurred:\n",
)


def _group(lines):
    # As CPython's list: the header, one string per frame (its File line,
    # source and markers), each chaining message, and the exception.
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "\n" and i + 2 < len(lines) and lines[i + 1] in _SEPARATORS:
            out.append("".join(lines[i:i + 3]))
            i += 3
            continue
        if line.startswith("  File "):
            j = i + 1
            while j < len(lines) and lines[j].startswith("    "):
                j += 1
            out.append("".join(lines[i:j]))
            i = j
            continue
        if line.startswith("Traceback (most recent call last):") or line.startswith("  ["):
            out.append(line)
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].startswith("Traceback (most recent call last):") \
                and not (lines[j] == "\n" and j + 1 < len(lines) and lines[j + 1] in _SEPARATORS):
            j += 1
        out.append("".join(lines[i:j]))
        i = j
    return out


def print_exception(exc, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, end="", file=file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
