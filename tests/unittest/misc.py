# Odds and ends: the submodules, names of tests in nested classes,
# deprecated assertion aliases, class attributes (maxDiff, longMessage),
# test methods returning a value, tests defined by inheritance only.
import unittest
import unittest.case
import unittest.util
import warnings
from _ut import run, summary, message

print(unittest.case.TestCase is unittest.TestCase, unittest.SkipTest is unittest.case.SkipTest)
print(unittest.util.safe_repr([1, 2]), unittest.util.strclass(unittest.TestCase))
print(unittest.util.safe_repr("x" * 100, short=True))
print(issubclass(unittest.TextTestResult, unittest.TestResult))
print(unittest.TestCase.failureException, unittest.TestCase.longMessage, unittest.TestCase.maxDiff)
print(sorted(n for n in unittest.__all__ if n in dir(unittest)) == sorted(unittest.__all__))


def make_class():
    class Local(unittest.TestCase):
        def test_it(self):
            self.assertEqual(1, 2)
    return Local


Local = make_class()
print(Local("test_it").id(), str(Local("test_it")))
summary(run(Local))


class Outer:
    class Inner(unittest.TestCase):
        def test_inner(self):
            pass


print(Outer.Inner("test_inner").id())

print("--- deprecated aliases")


class Old(unittest.TestCase):
    def test_old_names(self):
        self.assertEquals(1, 1)
        self.assertNotEquals(1, 2)
        self.assertAlmostEquals(1.0, 1.0)
        self.failUnless(True)
        self.failIf(False)
        self.assert_(1)
        self.failUnlessRaises(ValueError, int, "x")
        self.assertRaisesRegexp(ValueError, "invalid", int, "x")
        self.assertRegexpMatches("abc", "b")
        self.failUnlessEqual(1, 2)


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    summary(run(Old))

print("--- class attributes")


class Short(unittest.TestCase):
    maxDiff = 10
    longMessage = False

    def test_diff(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], "short message")

    def test_diff2(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])


summary(run(Short))

print("--- inherited tests, mixins")


class Mixin:
    value = None

    def test_value_positive(self):
        self.assertGreater(self.value, 0)


class Positive(Mixin, unittest.TestCase):
    value = 3


class Negative(Mixin, unittest.TestCase):
    value = -3


summary(run(Positive, Negative, verbosity=2))

print("--- return values and odd tests")


class Odd(unittest.TestCase):
    def test_returns(self):
        return 42

    def test_generator(self):
        yield 1

    test_lambda = lambda self: self.assertTrue(True)


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    summary(run(Odd, verbosity=2))
