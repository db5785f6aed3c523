"""A compact unittest: TestCase with the assert methods, skipping,
expected failures, subtests, suites, a loader, the text runner and main(),
reporting on stderr in CPython's format."""

import sys

__all__ = ["TestCase", "TestSuite", "TestLoader", "TextTestRunner", "TestResult",
           "SkipTest", "skip", "skipIf", "skipUnless", "expectedFailure", "main",
           "defaultTestLoader", "FunctionTestCase", "IsolatedAsyncioTestCase"]


class SkipTest(Exception):
    pass


class _ExpectedFailure(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def skip(reason):
    def decorator(obj):
        if isinstance(obj, type):
            obj.__unittest_skip__ = True
            obj.__unittest_skip_why__ = reason
            return obj

        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)
        skip_wrapper.__name__ = getattr(obj, "__name__", "skip_wrapper")
        skip_wrapper.__unittest_skip__ = True
        skip_wrapper.__unittest_skip_why__ = reason
        return skip_wrapper
    if callable(reason) and not isinstance(reason, str):
        f, reason = reason, ""
        return decorator(f)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return lambda obj: obj


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return lambda obj: obj


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + " [truncated]..."


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            self.test_case.fail(self.msg or "%s not raised" % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            pattern = getattr(self.regex, "pattern", self.regex)
            if not _search(pattern, str(exc_value)):
                self.test_case.fail(self.msg or '"%s" does not match "%s"' % (pattern, str(exc_value)))
        return True

    def handle(self, args, kwargs):
        if not args:
            return self
        callable_obj = args[0]
        with self:
            callable_obj(*args[1:], **kwargs)


class _AssertWarnsContext:
    def __init__(self, expected, test_case):
        self.expected = expected
        self.test_case = test_case
        self.warning = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _search(pattern, text):
    try:
        import re
    except ImportError:
        return pattern in text
    return re.search(pattern, text) is not None


class _SubTest:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self._message = msg
        self.params = params

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or "(<subtest>)"

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.sub = _SubTest(case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            self.case._result.addSkip(self.sub, str(exc_value))
            return True
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            return False
        self.case._subtest_failed = True
        if issubclass(exc_type, self.case.failureException):
            self.case._result.addFailure(self.sub, (exc_type, exc_value, tb))
        else:
            self.case._result.addError(self.sub, (exc_type, exc_value, tb))
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._result = None
        self._subtest_failed = False
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
            testMethod = None
        self._testMethodDoc = getattr(testMethod, "__doc__", None)

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return "%s.%s.%s" % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, self.__class__.__module__,
                                  self.__class__.__qualname__, self._testMethodName)

    def __repr__(self):
        return "<%s.%s testMethod=%s>" % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def __eq__(self, other):
        return type(self) is type(other) and self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                ok = False
                if self._result is not None:
                    self._result.addError(self, sys.exc_info())
        return ok

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        self._result = result
        self._subtest_failed = False
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        try:
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = (getattr(self.__class__, "__unittest_skip_why__", "")
                       or getattr(method, "__unittest_skip_why__", ""))
                result.addSkip(self, why)
                return result
            expecting = getattr(method, "__unittest_expecting_failure__", False) or \
                getattr(self, "__unittest_expecting_failure__", False)
            outcome = self._run_one(result, self.setUp)
            if outcome is None:
                outcome = self._run_one(result, method, expecting)
                if outcome is None and expecting and not self._subtest_failed:
                    result.addUnexpectedSuccess(self)
                elif outcome is None and not self._subtest_failed:
                    outcome = "ok"
                status = self._run_one(result, self.tearDown)
                if outcome == "ok" and status is None:
                    result.addSuccess(self)
            self.doCleanups()
        finally:
            result.stopTest(self)
        return result

    def _run_one(self, result, fn, expecting=False):
        """Runs fn; records a problem and returns its kind, or None."""
        try:
            fn()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
            return "skip"
        except self.failureException:
            if expecting:
                result.addExpectedFailure(self, sys.exc_info())
                return "xfail"
            result.addFailure(self, sys.exc_info())
            return "fail"
        except Exception:
            if expecting:
                result.addExpectedFailure(self, sys.exc_info())
                return "xfail"
            result.addError(self, sys.exc_info())
            return "error"
        return None

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    # ---- assertions ----

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            standard = "%s != %s" % (_safe_repr(first, True), _safe_repr(second, True))
            if isinstance(first, str) and isinstance(second, str) and ("\n" in first or "\n" in second):
                standard = "%r != %r" % (first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (_safe_repr(first), _safe_repr(second))))

    assertListEqual = assertEqual
    assertTupleEqual = assertEqual
    assertDictEqual = assertEqual
    assertSetEqual = assertEqual
    assertMultiLineEqual = assertEqual

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None and not isinstance(seq1, seq_type):
            self.fail(self._formatMessage(msg, "First sequence is not a %s: %s" % (seq_type.__name__, _safe_repr(seq1))))
        self.assertEqual(list(seq1), list(seq2), msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, "%s is not %s" % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % _safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, "%s unexpectedly found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, "%s not greater than or equal to %s" % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, "%s not less than or equal to %s" % (_safe_repr(a), _safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        missing = list(b)
        for x in a:
            if x in missing:
                missing.remove(x)
            else:
                self.fail(self._formatMessage(msg, "Element counts were not equal"))
        if missing:
            self.fail(self._formatMessage(msg, "Element counts were not equal"))

    def assertRaises(self, expected_exception, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        context = _AssertRaisesContext(expected_exception, self, msg=msg)
        return context.handle(args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        context = _AssertRaisesContext(expected_exception, self, expected_regex, msg)
        return context.handle(args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    assertWarnsRegex = assertWarns

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = getattr(expected_regex, "pattern", expected_regex)
        if not _search(pattern, text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = getattr(unexpected_regex, "pattern", unexpected_regex)
        if _search(pattern, text):
            self.fail(self._formatMessage(msg, "Regex matched: %r matches %r" % (pattern, text)))

    def assertLogs(self, logger=None, level=None):
        return _AssertWarnsContext(None, self)

    # deprecated aliases still present in 3.11
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnlessAlmostEqual = assertAlmostEquals = assertAlmostEqual
    failIfAlmostEqual = assertNotAlmostEquals = assertNotAlmostEqual
    failUnless = assert_ = assertTrue
    failUnlessRaises = assertRaises
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex


class IsolatedAsyncioTestCase(TestCase):
    def _callMaybeAsync(self, fn):
        r = fn()
        if hasattr(r, "send"):
            import asyncio
            return asyncio.run(r)
        return r

    def run(self, result=None):
        for name in ("setUp", "tearDown", self._testMethodName):
            fn = getattr(self, name)
            if not getattr(fn, "_wrapped_async", False):
                def wrapper(fn=fn):
                    return self._callMaybeAsync(fn)
                wrapper._wrapped_async = True
                for attr in ("__unittest_skip__", "__unittest_skip_why__", "__unittest_expecting_failure__"):
                    if hasattr(fn, attr):
                        setattr(wrapper, attr, getattr(fn, attr))
                setattr(self, name, wrapper)
        return TestCase.run(self, result)


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description
        TestCase.__init__(self, "runTest")

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (self.__class__.__name__, self._testFunc.__name__)


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = test.__class__
                if result._previousClass is not cls:
                    self._tearDownPrevious(result)
                    result._previousClass = cls
                    cls._classSetupFailed = False
                    if not getattr(cls, "__unittest_skip__", False):
                        try:
                            cls.setUpClass()
                        except Exception:
                            cls._classSetupFailed = True
                            result.addError(_ErrorHolder("setUpClass (%s.%s)" % (cls.__module__, cls.__qualname__)), sys.exc_info())
                if cls._classSetupFailed:
                    continue
            test(result)
        if result._topLevel is self:
            self._tearDownPrevious(result)
            result._topLevel = None
        return result

    def _tearDownPrevious(self, result):
        cls = result._previousClass
        if cls is None or cls._classSetupFailed or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls.tearDownClass()
        except Exception:
            result.addError(_ErrorHolder("tearDownClass (%s.%s)" % (cls.__module__, cls.__qualname__)), sys.exc_info())


class _ErrorHolder:
    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def __str__(self):
        return self.description

    def shortDescription(self):
        return None


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    suiteClass = TestSuite

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in dir(testCaseClass)
                 if n.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, n))]
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase, IsolatedAsyncioTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        suite = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        obj = module
        for part in name.split("."):
            obj = getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        return obj

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])


defaultTestLoader = TestLoader()


def makeSuite(testCaseClass, prefix="test", sortUsing=None, suiteClass=TestSuite):
    return defaultTestLoader.loadTestsFromTestCase(testCaseClass)


def _exc_text(err):
    import io
    exc = err[1]
    buf = io.StringIO()
    sys.print_exception(exc, buf)
    return buf.getvalue()


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.failfast = False
        self._previousClass = None
        self._topLevel = None

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, _exc_text(err)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, _exc_text(err)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.addFailure(subtest, err)
            else:
                self.addError(subtest, err)

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _exc_text(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<unittest.result.TestResult run=%i errors=%i failures=%i>" % (
            self.testsRun, len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc = test.shortDescription() if self.descriptions else None
        if doc:
            return "\n".join((str(test), doc))
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()

    def _mark(self, long, short):
        if self.showAll:
            self.stream.write(long + "\n")
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._mark("ok", ".")

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._mark("ERROR", "E")

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._mark("FAIL", "F")

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._mark("skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._mark("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._mark("unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        for test in self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("%s: %s\n" % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + "\n")
            self.stream.write("%s\n" % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        import time
        result = self._makeResult()
        result.failfast = self.failfast
        result._topLevel = test if isinstance(test, TestSuite) else None
        start = time.time()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        if isinstance(test, TestSuite) and result._topLevel is test:
            test._tearDownPrevious(result)
        elapsed = time.time() - start
        result.printErrors()
        run = result.testsRun
        self.stream.write(TextTestResult.separator2 + "\n")
        self.stream.write("Ran %d test%s in %.3fs\n" % (run, run != 1 and "s" or "", elapsed))
        self.stream.write("\n")
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0 and not result.skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.write(" (%s)\n" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        if argv is None:
            argv = sys.argv
        self.verbosity = verbosity
        for a in argv[1:]:
            if a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
        if defaultTest is None:
            self.test = testLoader.loadTestsFromModule(module)
        elif isinstance(defaultTest, str):
            self.test = testLoader.loadTestsFromNames([defaultTest], module)
        else:
            self.test = testLoader.loadTestsFromNames(defaultTest, module)
        if testRunner is None:
            testRunner = TextTestRunner(verbosity=self.verbosity, failfast=bool(failfast))
        elif isinstance(testRunner, type):
            testRunner = testRunner(verbosity=self.verbosity)
        self.result = testRunner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
