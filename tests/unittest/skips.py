# Skipping: the skip decorators on methods and classes, skipTest in a
# test and in setUp, SkipTest raised directly, skips in setUpClass.
import unittest
from _ut import run, summary

RUN = []


class Methods(unittest.TestCase):
    @unittest.skip("always")
    def test_skip(self):
        RUN.append("skip")

    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        RUN.append("skip_if")

    @unittest.skipIf(False, "condition false")
    def test_skip_if_not(self):
        RUN.append("skip_if_not")

    @unittest.skipUnless(False, "needs it")
    def test_skip_unless(self):
        RUN.append("skip_unless")

    @unittest.skipUnless(1, "has it")
    def test_skip_unless_not(self):
        RUN.append("skip_unless_not")

    @unittest.skip
    def test_skip_bare(self):
        RUN.append("bare")

    def test_skip_test(self):
        RUN.append("skip_test")
        self.skipTest("from the test")
        RUN.append("not reached")

    def test_raise_skip(self):
        raise unittest.SkipTest("raised directly")

    def test_skip_empty_reason(self):
        raise unittest.SkipTest


class InSetUp(unittest.TestCase):
    def setUp(self):
        RUN.append("setUp")
        self.skipTest("setUp says no")

    def tearDown(self):
        RUN.append("tearDown (not run)")

    def test_one(self):
        RUN.append("test_one (not run)")


@unittest.skip("whole class")
class WholeClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        RUN.append("setUpClass (not run)")

    def test_a(self):
        RUN.append("a")

    def test_b(self):
        RUN.append("b")


class SkipInClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("class not ready")

    def test_a(self):
        RUN.append("class a")


summary(run(Methods, InSetUp, WholeClass, SkipInClassSetUp, verbosity=2))
print(RUN)
RUN.clear()
result = run(Methods, InSetUp, WholeClass, SkipInClassSetUp)
summary(result)
for test, reason in result.skipped:
    print(repr(str(test)), repr(reason))
print(Methods.test_skip.__unittest_skip__, Methods.test_skip.__unittest_skip_why__)
print(Methods.test_skip.__name__, WholeClass.__unittest_skip_why__)
print(hasattr(Methods.test_skip_if_not, "__unittest_skip__"))
