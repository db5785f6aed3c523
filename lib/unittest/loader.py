"""TestLoader: finds the tests of classes, modules and dotted names."""

import sys
import functools

from . import case
from . import suite
from . import util

__unittest = True


def _fnmatch_case(name, pattern):
    """fnmatch.fnmatchcase: * ? [seq] [!seq]."""
    n, p = len(name), len(pattern)
    # backtracking matcher over (name index, pattern index)
    star_p = -1
    star_n = 0
    i = j = 0
    while i < n:
        if j < p:
            c = pattern[j]
            if c == "*":
                star_p, star_n = j, i
                j += 1
                continue
            if c == "?":
                i += 1
                j += 1
                continue
            if c == "[":
                k = j + 1
                if k < p and pattern[k] == "!":
                    k += 1
                if k < p and pattern[k] == "]":
                    k += 1
                while k < p and pattern[k] != "]":
                    k += 1
                if k < p:
                    body = pattern[j + 1:k]
                    negate = body.startswith("!")
                    if negate:
                        body = body[1:]
                    hit = False
                    q = 0
                    while q < len(body):
                        if q + 2 < len(body) and body[q + 1] == "-":
                            if body[q] <= name[i] <= body[q + 2]:
                                hit = True
                            q += 3
                        else:
                            if body[q] == name[i]:
                                hit = True
                            q += 1
                    if hit != negate:
                        i += 1
                        j = k + 1
                        continue
                elif name[i] == "[":
                    i += 1
                    j += 1
                    continue
            elif c == name[i]:
                i += 1
                j += 1
                continue
        if star_p >= 0:
            star_n += 1
            i = star_n
            j = star_p + 1
            continue
        return False
    while j < p and pattern[j] == "*":
        j += 1
    return j == p


class _FailedTest(case.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)
        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_failed_load_tests(name, exception, suiteClass):
    import traceback
    message = "Failed to call load_tests:\n%s" % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suiteClass((TestClass(methodname),))


class TestLoader:
    """Makes suites of tests from TestCase classes, modules and names."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of all the test methods of testCaseClass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in module (or what
        its load_tests function returns)."""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_load_tests(
                    module.__name__, e, self.suiteClass)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name: a module, a TestCase class, a
        test method, a suite, or a callable returning a test."""
        parts = name.split(".")
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = ".".join(parts_copy)
                    module = __import__(module_name)
                    for part in parts_copy[1:]:
                        module = getattr(module, part)
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    error_case, error_message = _make_failed_import_test(
                        next_attribute, self.suiteClass)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, "__path__", None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    "Failed to access attribute:\n%s" % (_format_exc(),))
                self.errors.append(error_message)
                return error_case
        if type(obj).__name__ == "module":
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            name = parts[-1]
            return self.suiteClass([parent(name)])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if patterns is None:
                return True
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            for pattern in patterns:
                if _fnmatch_case(full, pattern):
                    return True
            return False

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """Load the tests of the modules matching pattern under start_dir,
        packages (directories with __init__.py) included; modules are
        imported by their names relative to top_level_dir (start_dir by
        default), which goes first on sys.path."""
        import os
        start_dir = os.path.abspath(start_dir)
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        if not os.path.isdir(start_dir):
            raise ImportError("Start directory is not importable: %r" % start_dir)
        if start_dir != top_level_dir and not os.path.isfile(os.path.join(start_dir, "__init__.py")):
            raise ImportError("Start directory is not importable: %r" % start_dir)
        return self.suiteClass(self._find_tests(start_dir, pattern))

    def _module_name(self, path):
        import os
        rel = os.path.relpath(path, self._top_level_dir)
        if rel.endswith(".py"):
            rel = rel[:-3]
        return rel.replace(os.sep, ".")

    def _import(self, name):
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern):
        import os
        tests = []
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            if os.path.isfile(path):
                if not (entry.endswith(".py") and _valid_module_name(entry[:-3])):
                    continue
                if not _fnmatch_case(entry, pattern):
                    continue
                name = self._module_name(path)
                try:
                    module = self._import(name)
                except case.SkipTest as e:
                    tests.append(_make_skipped_test(name, e, self.suiteClass))
                except Exception as e:
                    t, msg = _make_failed_test(name, e, self.suiteClass,
                                               "Failed to import test module: %s\n%s"
                                               % (name, _format_exc()))
                    self.errors.append(msg)
                    tests.append(t)
                else:
                    tests.append(self.loadTestsFromModule(module, pattern=pattern))
            elif os.path.isdir(path):
                if not os.path.isfile(os.path.join(path, "__init__.py")):
                    continue
                name = self._module_name(path)
                try:
                    package = self._import(name)
                except case.SkipTest as e:
                    tests.append(_make_skipped_test(name, e, self.suiteClass))
                    continue
                except Exception as e:
                    t, msg = _make_failed_test(name, e, self.suiteClass,
                                               "Failed to import test module: %s\n%s"
                                               % (name, _format_exc()))
                    self.errors.append(msg)
                    tests.append(t)
                    continue
                load_tests = getattr(package, "load_tests", None)
                found = self.loadTestsFromModule(package, pattern=pattern)
                if load_tests is None:
                    if found.countTestCases():
                        tests.append(found)
                    tests.extend(self._find_tests(path, pattern))
                else:
                    tests.append(found)
        return tests


def _valid_module_name(name):
    if not name or not (name[0].isalpha() or name[0] == "_"):
        return False
    for c in name:
        if not (c.isalnum() or c == "_"):
            return False
    return True


def _format_exc():
    import traceback
    return traceback.format_exc()


def _make_failed_import_test(name, suiteClass):
    message = "Failed to import test module: %s\n%s" % (name, _format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


defaultTestLoader = TestLoader()


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.testNamePatterns = testNamePatterns
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)
