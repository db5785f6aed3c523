# The TestResult API: the lists it fills, the hooks the runner calls and
# their order, custom result classes, failfast and stop, run() without a
# result, debug(), buffered output.
import io
import sys
import unittest
from _ut import run, summary, normalise


class Cases(unittest.TestCase):
    def test_a(self):
        print("output of test_a")

    def test_b(self):
        print("output of test_b")
        sys.stderr.write("error output of test_b")
        self.fail("b fails")

    def test_c(self):
        raise OSError("c errs")

    @unittest.skip("why not")
    def test_d(self):
        pass

    @unittest.expectedFailure
    def test_e(self):
        1 / 0

    @unittest.expectedFailure
    def test_f(self):
        pass


def load():
    return unittest.defaultTestLoader.loadTestsFromTestCase(Cases)


result = unittest.TestResult()
print(repr(result))
load().run(result)
print(repr(result))
print(result.testsRun, result.wasSuccessful(), result.shouldStop)
for name in ("failures", "errors", "skipped", "expectedFailures"):
    for test, text in getattr(result, name):
        print(name, test.id(), repr(text.splitlines()[-1]))
print([t.id() for t in result.unexpectedSuccesses])

print("--- hooks")


class Recording(unittest.TestResult):
    def startTestRun(self):
        print("startTestRun")

    def stopTestRun(self):
        print("stopTestRun")

    def startTest(self, test):
        super().startTest(test)
        print("startTest", test._testMethodName)

    def stopTest(self, test):
        super().stopTest(test)
        print("stopTest", test._testMethodName)

    def addSuccess(self, test):
        print("addSuccess")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print("addFailure", err[0].__name__, err[1])

    def addError(self, test, err):
        super().addError(test, err)
        print("addError", err[0].__name__, err[1])

    def addSkip(self, test, reason):
        print("addSkip", reason)

    def addExpectedFailure(self, test, err):
        print("addExpectedFailure", err[0].__name__)

    def addUnexpectedSuccess(self, test):
        print("addUnexpectedSuccess")


load().run(Recording())
print("--- run() without a result")
r = Cases("test_f").run()
print(type(r).__name__, r.testsRun, len(r.unexpectedSuccesses))
print("--- a TestResult without the newer methods")


class OldResult:
    shouldStop = False

    def startTest(self, test):
        print("old startTest")

    def stopTest(self, test):
        print("old stopTest")

    def addSuccess(self, test):
        print("old addSuccess")

    def addFailure(self, test, err):
        print("old addFailure", err[0].__name__)

    def addError(self, test, err):
        print("old addError", err[0].__name__)


import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for name in ("test_d", "test_e", "test_f"):
        Cases(name).run(OldResult())

print("--- failfast and stop")
result = unittest.TestResult()
result.failfast = True
load().run(result)
print(result.testsRun, result.shouldStop, len(result.failures))
result = unittest.TestResult()
result.stop()
load().run(result)
print(result.testsRun)

print("--- custom resultclass")


class Loud(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write("[ok %s]" % test._testMethodName)


summary(run(Cases("test_a"), Cases("test_c"), resultclass=Loud))
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
print(type(runner._makeResult()).__name__, runner.verbosity, runner.descriptions)

print("--- buffer")
summary(run(load(), buffer=True))
print("--- debug")
Cases("test_a").debug()
try:
    Cases("test_b").debug()
except AssertionError as e:
    print("debug raised", e)
try:
    Cases("test_d").debug()
except unittest.SkipTest as e:
    print("debug skip", e)
print("--- countTestCases and defaultTestResult")
print(Cases("test_a").countTestCases(), type(Cases("test_a").defaultTestResult()).__name__)
