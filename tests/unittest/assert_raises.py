# assertRaises / assertRaisesRegex / assertWarns / assertWarnsRegex in
# their callable and context-manager forms.
import unittest
import warnings
from _ut import Probe, message, run, summary

t = Probe()


def boom(kind=ValueError, text="boom"):
    raise kind(text)


def quiet(*args, **kwargs):
    return args, kwargs


class MyError(Exception):
    pass


print("--- callable form")
message(t.assertRaises, ValueError, boom)
message(t.assertRaises, ValueError, quiet, 1, k=2)
message(t.assertRaises, (KeyError, ValueError), boom)
message(t.assertRaises, Exception, boom, MyError, "sub")
try:
    t.assertRaises(KeyError, boom)
except ValueError as e:
    print("passed through:", repr(e))
message(t.assertRaises, ValueError, int, "x")
message(t.assertRaises, ValueError, lambda: None)
message(t.assertRaises, ValueError, print, end="")

print("--- context manager form")
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
with t.assertRaises(MyError) as cm:
    boom(MyError, "mine")
print(repr(cm.exception))
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print("AssertionError:", e)
try:
    with t.assertRaises(ValueError, msg="with msg"):
        pass
except AssertionError as e:
    print("AssertionError:", e)
try:
    with t.assertRaises(ValueError):
        raise TypeError("other")
except TypeError as e:
    print("passed through:", repr(e))
try:
    with t.assertRaises((ValueError, KeyError)):
        pass
except AssertionError as e:
    print("AssertionError:", e)
message(t.assertRaises, 1)
message(t.assertRaises, int, boom)
message(t.assertRaises, ValueError, bogus=1)
with t.assertRaises(SystemExit) as cm:
    raise SystemExit(3)
print("exit code", cm.exception.code)
with t.assertRaises(StopIteration):
    next(iter([]))

print("--- regex")
message(t.assertRaisesRegex, ValueError, "bo+m", boom)
message(t.assertRaisesRegex, ValueError, "^x", boom)
message(t.assertRaisesRegex, ValueError, "x", quiet)
with t.assertRaisesRegex(KeyError, "'key'") as cm:
    {}["key"]
print(repr(cm.exception))
try:
    with t.assertRaisesRegex(ValueError, r"\d+"):
        raise ValueError("no digits")
except AssertionError as e:
    print("AssertionError:", e)

print("--- warnings")


def warns(cat=UserWarning, text="careful"):
    warnings.warn(text, cat)
    return "done"


message(t.assertWarns, UserWarning, warns)
message(t.assertWarns, UserWarning, warns, DeprecationWarning)
message(t.assertWarns, UserWarning, quiet)
message(t.assertWarns, (UserWarning, DeprecationWarning), warns, DeprecationWarning)
message(t.assertWarnsRegex, UserWarning, "care", warns)
message(t.assertWarnsRegex, UserWarning, "^x", warns)
message(t.assertWarns, ValueError, warns)
with t.assertWarns(RuntimeWarning) as cm:
    warns(RuntimeWarning, "one")
    warns(RuntimeWarning, "two")
print(type(cm.warning).__name__, cm.warning, len(cm.warnings))
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("AssertionError:", e)


print("--- in tests")


class Raising(unittest.TestCase):
    def test_not_raised(self):
        with self.assertRaises(KeyError):
            pass

    def test_other_raised(self):
        with self.assertRaises(KeyError):
            int("x")

    def test_callable_not_raised(self):
        self.assertRaises(KeyError, quiet, 1)

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "expected text"):
            boom()

    def test_ok(self):
        with self.assertRaises(ValueError):
            boom()
        self.assertRaises(ValueError, boom)


summary(run(Raising, verbosity=2))
