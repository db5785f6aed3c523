# The traceback text of failures and errors: user frames only (no
# unittest frames), helper functions, chained exceptions (cause, context,
# suppressed context), exceptions defined here, empty messages, notes,
# repeated frames of a recursion.
import unittest
from _ut import run, summary


class AppError(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


def check_positive(n):
    if n <= 0:
        raise AppError("not positive: %d" % n)
    return n


def assert_even(case, n):
    case.assertEqual(n % 2, 0, "odd number %d" % n)


def recurse(n):
    if n == 0:
        raise RecursionError("bottom reached")
    recurse(n - 1)


class Tracebacks(unittest.TestCase):
    def test_helper_error(self):
        check_positive(-1)

    def test_helper_failure(self):
        assert_even(self, 3)

    def test_plain_assert(self):
        value = 3
        assert value == 4, "plain assert failed"

    def test_cause(self):
        try:
            check_positive(0)
        except AppError as e:
            raise ValueError("converted") from e

    def test_context(self):
        try:
            {}["missing"]
        except KeyError:
            check_positive(-5)

    def test_suppressed(self):
        try:
            {}["missing"]
        except KeyError:
            raise AppError("clean") from None

    def test_failure_with_context(self):
        try:
            int("nope")
        except ValueError:
            self.fail("could not parse")

    def test_empty_message(self):
        raise AppError()

    def test_empty_assertion(self):
        raise AssertionError

    def test_bad_str(self):
        raise BadStr("x")

    def test_notes(self):
        e = AppError("with notes")
        e.add_note("first note")
        e.add_note("second\nnote")
        raise e

    def test_recursion(self):
        recurse(10)

    def test_system_exit(self):
        raise SystemExit(4)

    def test_multiline_message(self):
        raise AppError("line one\nline two")

    def test_nested_test_function(self):
        def inner():
            self.assertIn("x", "abc")
        inner()


summary(run(Tracebacks))

print("--- tb_locals (--locals)")


class Locals(unittest.TestCase):
    def test_locals(self):
        data = {"a": 1}
        name = "value"
        check_positive(len(name) - 10)

    def test_fail(self):
        n = 3
        self.assertEqual(n, 4)


summary(run(Locals, tb_locals=True))
