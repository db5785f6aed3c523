"""Unit testing in the style of CPython's unittest: TestCase classes,
suites, loaders and a text runner that reports in CPython's format.

    import unittest

    class T(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

    if __name__ == "__main__":
        unittest.main()
"""

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite",
           "TextTestRunner", "TestLoader", "FunctionTestCase", "main",
           "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless",
           "expectedFailure", "TextTestResult", "installHandler",
           "registerResult", "removeResult", "removeHandler",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext",
           "getTestCaseNames", "makeSuite", "findTestCases"]

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler


def __getattr__(name):
    if name == "IsolatedAsyncioTestCase":
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def __dir__():
    return list(globals()) + ["IsolatedAsyncioTestCase"]
