"""TestResult: collects the outcomes of tests, with failure texts in
CPython's format (the unittest frames left out of the tracebacks)."""

import sys

from . import util

__unittest = True

STDOUT_LINE = "\nStdout:\n%s"
STDERR_LINE = "\nStderr:\n%s"

_RECURSIVE_CUTOFF = 3


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


_source_cache = {}


def _source_line(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeError, ValueError, TypeError):
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ""


def _tb_entries(tb):
    out = []
    while tb is not None:
        out.append(tb)
        tb = tb.tb_next
    return out


def _in_unittest(tb):
    return "__unittest" in tb.tb_frame.f_globals


def _relevant(tb, strip_tail):
    """The traceback entries to show: without the leading unittest frames
    (the runner), and for assertion failures without the trailing ones (the
    assert method)."""
    entries = _tb_entries(tb)
    i = 0
    while i < len(entries) and _in_unittest(entries[i]):
        i += 1
    entries = entries[i:]
    if strip_tail:
        for j in range(len(entries)):
            if _in_unittest(entries[j]):
                if j > 0:
                    entries = entries[:j]
                break
    return entries


def _locals_text(frame):
    out = []
    try:
        names = sorted(frame.f_locals.items())
    except Exception:
        return ""
    for name, value in names:
        try:
            text = repr(value)
        except Exception:
            text = "<local repr() failed>"
        out.append("    %s = %s\n" % (name, text))
    return "".join(out)


def _format_entries(entries, with_locals=False):
    out = []
    last = None
    count = 0
    for tb in entries:
        code = tb.tb_frame.f_code
        key = (code.co_filename, tb.tb_lineno, code.co_name)
        if key != last:
            if count > _RECURSIVE_CUTOFF:
                n = count - _RECURSIVE_CUTOFF
                out.append("  [Previous line repeated %d more time%s]\n" % (n, "s" if n > 1 else ""))
            last = key
            count = 0
        count += 1
        if count > _RECURSIVE_CUTOFF:
            continue
        text = '  File "%s", line %d, in %s\n' % key
        line = _source_line(key[0], key[1])
        if line:
            text += "    %s\n" % line
        if with_locals:
            text += _locals_text(tb.tb_frame)
        out.append(text)
    if count > _RECURSIVE_CUTOFF:
        n = count - _RECURSIVE_CUTOFF
        out.append("  [Previous line repeated %d more time%s]\n" % (n, "s" if n > 1 else ""))
    return out


def _safe_str(value, what):
    try:
        return str(value)
    except Exception:
        return "<%s str() failed>" % what


def _exception_only(etype, value):
    if etype is None:
        return ["%s\n" % _safe_str(value, "exception")]
    if issubclass(etype, SyntaxError):
        import traceback
        return traceback.format_exception_only(etype, value)
    name = etype.__qualname__
    mod = etype.__module__
    if mod not in ("__main__", "builtins"):
        if not isinstance(mod, str):
            mod = "<unknown>"
        name = mod + "." + name
    text = _safe_str(value, "exception")
    lines = ["%s: %s\n" % (name, text) if value is not None and text else "%s\n" % name]
    notes = getattr(value, "__notes__", None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            lines.extend(l + "\n" for l in _safe_str(note, "note").split("\n"))
    elif notes is not None:
        try:
            lines.append(repr(notes))
        except Exception:
            lines.append("<__notes__ repr() failed>")
    return lines


def _clean_tracebacks(exctype, value, tb, failure_exception):
    """Cut the unittest frames off the tracebacks of an exception and of
    the exceptions chained to it, as CPython does: the leading ones (the
    runner), and for failures the trailing ones (the assert method).
    Returns the traceback to show for the exception itself; those of the
    chained exceptions are replaced."""
    first = True
    shown = None
    todo = [(exctype, value, tb)]
    seen = {id(value)}
    while todo:
        exctype, value, tb = todo.pop()
        while tb is not None and _in_unittest(tb):
            tb = tb.tb_next
        if exctype is not None and exctype is failure_exception:
            prev, cur = None, tb
            while cur is not None and not _in_unittest(cur):
                prev, cur = cur, cur.tb_next
            if prev is not None:
                prev.tb_next = None
        if first:
            shown = tb
            first = False
        else:
            value.__traceback__ = tb
        if value is not None:
            for chained in (value.__cause__, value.__context__):
                if chained is not None and id(chained) not in seen:
                    todo.append((type(chained), chained, chained.__traceback__))
                    seen.add(id(chained))
    return shown


def _interpreter_format(value, tb):
    # the interpreter's own traceback text (with CPython 3.11's position
    # markers), for value shown with traceback tb
    print_exception = getattr(sys, "print_exception", None)
    if print_exception is None or value is None:
        return None
    import io
    out = io.StringIO()
    saved = value.__traceback__
    value.__traceback__ = tb
    try:
        print_exception(value, out)
    finally:
        value.__traceback__ = saved
    return out.getvalue()


def format_failure(exctype, value, tb, failure_exception=None, with_locals=False):
    """The text of an exception as TestResult stores it."""
    if not with_locals:
        shown = _clean_tracebacks(exctype, value, tb, failure_exception)
        text = _interpreter_format(value, shown)
        if text is not None:
            return text
    chain = []  # (separator, type, value, tb entries), newest first
    seen = set()
    sep = None
    while True:
        seen.add(id(value))
        entries = _relevant(tb, exctype is not None and exctype is failure_exception)
        chain.append((sep, exctype, value, entries))
        if value is None:
            break
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            nxt = cause
            sep = "\nThe above exception was the direct cause of the following exception:\n\n"
        elif (context is not None and id(context) not in seen
              and not getattr(value, "__suppress_context__", False)):
            nxt = context
            sep = "\nDuring handling of the above exception, another exception occurred:\n\n"
        else:
            break
        value = nxt
        exctype = type(nxt)
        tb = nxt.__traceback__
    out = []
    for i in range(len(chain) - 1, -1, -1):
        sep, etype, val, entries = chain[i]
        if entries:
            out.append("Traceback (most recent call last):\n")
            out.extend(_format_entries(entries, with_locals))
        out.extend(_exception_only(etype, val))
        if sep is not None:
            out.append(sep)
    return "".join(out)


class TestResult:
    """Holds the outcome of a test run: testsRun, and lists of
    (test, text) pairs for failures, errors, skips (with the reason) and
    expected failures, and the unexpected successes."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            import io
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith("\n"):
                        output += "\n"
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith("\n"):
                        error += "\n"
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, "failfast", False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, "unexpectedSuccesses")
                     or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        text = format_failure(exctype, value, tb, getattr(test, "failureException", None),
                              self.tb_locals)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith("\n"):
                    output += "\n"
                text += STDOUT_LINE % output
            if error:
                if not error.endswith("\n"):
                    error += "\n"
                text += STDERR_LINE % error
        return text

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))
