# Fixtures and cleanups: the order of setUpModule, setUpClass, setUp,
# the test, tearDown, cleanups (last added first), tearDownClass,
# tearDownModule; errors in each of them and how they are reported.
import unittest
from _ut import run, summary

LOG = []


def setUpModule():
    LOG.append("setUpModule")
    unittest.addModuleCleanup(LOG.append, "module cleanup")


def tearDownModule():
    LOG.append("tearDownModule")


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LOG.append("setUpClass")
        cls.addClassCleanup(LOG.append, "class cleanup 1")
        cls.addClassCleanup(LOG.append, "class cleanup 2")

    @classmethod
    def tearDownClass(cls):
        LOG.append("tearDownClass")

    def setUp(self):
        LOG.append("setUp " + self._testMethodName)
        self.addCleanup(LOG.append, "cleanup A")
        self.addCleanup(lambda *a, **k: LOG.append("cleanup B %r %r" % (a, k)), 1, x=2)

    def tearDown(self):
        LOG.append("tearDown")

    def test_1(self):
        LOG.append("test_1")

    def test_2(self):
        LOG.append("test_2")
        self.fail("fails")


class Second(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LOG.append("Second.setUpClass")

    def test_x(self):
        LOG.append("Second.test_x")


summary(run(Order, Second))
for line in LOG:
    print(line)
LOG.clear()

print("--- errors in setUp, tearDown and cleanups")


class Errors(unittest.TestCase):
    def test_setup_error(self):
        pass

    def test_teardown_error(self):
        LOG.append("test_teardown_error body")

    def test_cleanup_errors(self):
        def bad(n):
            LOG.append("bad cleanup %d" % n)
            raise RuntimeError("cleanup %d" % n)
        self.addCleanup(bad, 1)
        self.addCleanup(bad, 2)
        self.addCleanup(self.fail, "cleanup failure")

    def test_fail_and_teardown_error(self):
        self.fail("body")

    def setUp(self):
        if self._testMethodName == "test_setup_error":
            self.addCleanup(LOG.append, "cleanup after failed setUp")
            raise OSError(2, "No such file")

    def tearDown(self):
        LOG.append("tearDown " + self._testMethodName)
        if "teardown" in self._testMethodName:
            raise ValueError("tearDown broke")


summary(run(Errors, verbosity=2))
for line in LOG:
    print(line)
LOG.clear()

print("--- setUpClass errors")


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LOG.append("BadSetUpClass.setUpClass")
        cls.addClassCleanup(LOG.append, "bad class cleanup runs")
        raise RuntimeError("class setup failed")

    @classmethod
    def tearDownClass(cls):
        LOG.append("tearDownClass (not run)")

    def test_a(self):
        LOG.append("test_a (not run)")

    def test_b(self):
        LOG.append("test_b (not run)")


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("teardown class")

    def test_a(self):
        LOG.append("BadTearDownClass.test_a")


class BadClassCleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        def broken():
            raise ValueError("class cleanup broke")
        cls.addClassCleanup(broken)

    def test_a(self):
        pass


summary(run(BadSetUpClass, BadTearDownClass, BadClassCleanup, verbosity=2))
summary(run(BadSetUpClass, BadTearDownClass, BadClassCleanup))
for line in LOG:
    print(line)
LOG.clear()

print("--- doCleanups and enterContext")


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        LOG.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        LOG.append("exit %s %r" % (self.name, exc))
        return False


class Cleanups(unittest.TestCase):
    def test_do_cleanups(self):
        self.addCleanup(LOG.append, "first added")
        self.addCleanup(LOG.append, "second added")
        LOG.append("doCleanups -> %r" % self.doCleanups())
        LOG.append("after doCleanups")

    def test_enter_context(self):
        LOG.append("got " + self.enterContext(Ctx("one")))
        LOG.append("got " + self.enterContext(Ctx("two")))

    def test_enter_bad(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        LOG.append(str(cm.exception))


summary(run(Cleanups))
for line in LOG:
    print(line)
LOG.clear()

print("--- setUpModule failure")
import sys
mod = sys.modules[__name__]


def failing_setup():
    LOG.append("failing setUpModule")
    unittest.addModuleCleanup(LOG.append, "module cleanup after failure")
    raise ImportError("module setup")


mod.setUpModule = failing_setup
summary(run(Second, verbosity=2))
for line in LOG:
    print(line)
