# TestLoader and TestSuite: which methods are tests and in what order,
# loading from classes, modules and names, suites of suites, the str,
# repr and id of tests, FunctionTestCase.
import sys
import unittest
from _ut import run, summary


class Base(unittest.TestCase):
    def test_zeta(self):
        pass

    def test_alpha(self):
        pass

    def testNoUnderscore(self):
        pass

    def check_other(self):
        pass

    test_not_callable = 42


class Derived(Base):
    def test_beta(self):
        pass

    def test_alpha(self):
        "Overridden."


class WithRunTest(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Base))
print(loader.getTestCaseNames(Derived))
print(loader.getTestCaseNames(WithRunTest))
print(unittest.defaultTestLoader.getTestCaseNames(Derived) == loader.getTestCaseNames(Derived))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Base))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Base))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Base)))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*alpha*", "*Under*"]
print(loader.getTestCaseNames(Derived))

print("--- suites")
loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(Derived)
print(type(suite).__name__, suite.countTestCases())
print([str(t) for t in suite])
print([t.id() for t in suite])
print(repr(list(suite)[0]))
print(list(suite)[0] == Derived("test_alpha"), list(suite)[0] == Base("test_alpha"))
print(hash(Derived("test_beta")) == hash(Derived("test_beta")))
print([t.shortDescription() for t in suite])
s = loader.loadTestsFromTestCase(WithRunTest)
print([str(t) for t in s], s.countTestCases())
print(repr(unittest.TestSuite([WithRunTest()])))
outer = unittest.TestSuite()
outer.addTest(suite)
outer.addTests([Base("test_zeta"), WithRunTest()])
print(outer.countTestCases(), len(list(outer)))
for bad in (Base, 42, "test_zeta"):
    try:
        outer.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    outer.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    Base("test_missing")
except ValueError as e:
    print("ValueError:", e)
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)
summary(run(outer))
print(outer.countTestCases())

print("--- from module and names")
module = sys.modules[__name__]
suite = loader.loadTestsFromModule(module)
print([[t.id() for t in s] for s in suite])
suite = loader.loadTestsFromName("Derived.test_beta", module)
print([t.id() for t in suite])
suite = loader.loadTestsFromName("Base", module)
print([t.id() for t in suite])
suite = loader.loadTestsFromNames(["Base.test_zeta", "WithRunTest"], module)
print([[t.id() for t in s] for s in suite])


def make_suite():
    return unittest.TestSuite([Base("test_alpha")])


module.make_suite = make_suite
print([t.id() for t in loader.loadTestsFromName("make_suite", module)])
try:
    loader.loadTestsFromName("Base.test_nothing", module)
except AttributeError as e:
    print("AttributeError")
bad = loader.loadTestsFromName("Nothing", module)
print(bad.countTestCases(), len(loader.errors))
print(loader.errors[-1].splitlines()[0])
result = unittest.TestResult()
bad.run(result)
print(len(result.errors), result.errors[0][1].splitlines()[-1])

print("--- load_tests protocol")


class FakeModule:
    __name__ = "fake"

    class T(unittest.TestCase):
        def test_1(self):
            pass

    @staticmethod
    def load_tests(loader, tests, pattern):
        print("load_tests got", tests.countTestCases(), pattern)
        tests.addTest(Base("test_zeta"))
        return tests


print(loader.loadTestsFromModule(FakeModule).countTestCases())

print("--- FunctionTestCase")


def plain():
    "A plain function test."
    print("plain ran")


def failing():
    assert 1 == 2, "plain assert"


ft = unittest.FunctionTestCase(plain, setUp=lambda: print("setUp"), tearDown=lambda: print("tearDown"))
print(str(ft), ft.id(), ft.shortDescription())
print(repr(ft).startswith("<unittest.case.FunctionTestCase tec=<function plain"))
summary(run(ft, unittest.FunctionTestCase(failing, description="described"), verbosity=2))

print("--- makeSuite and getTestCaseNames")
print(unittest.getTestCaseNames(Base, "test"))
print(unittest.makeSuite(Base).countTestCases())
