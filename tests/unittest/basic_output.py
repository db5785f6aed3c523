# The report of TextTestRunner at verbosity 0, 1 and 2: progress
# characters, verbose lines, FAIL/ERROR sections with tracebacks, the
# summary line.
import unittest
from _ut import run, summary


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_b_fail(self):
        self.assertEqual(1 + 1, 3)

    def test_c_error(self):
        raise ValueError("boom")

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_f_xpass(self):
        pass

    def test_g_doc(self):
        """First line of the docstring.

        More text.
        """
        self.fail("explicit")

    def helper(self):
        raise AssertionError("not a test")


class AllGood(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


class OnlySkips(unittest.TestCase):
    def test_x(self):
        self.skipTest("skipping inside")

    @unittest.expectedFailure
    def test_y(self):
        raise KeyError("k")


for v in (0, 1, 2):
    print("--- verbosity", v)
    summary(run(Mixed, verbosity=v))
print("--- all good")
summary(run(AllGood))
summary(run(AllGood, verbosity=2))
print("--- skips and expected failures only")
summary(run(OnlySkips))
summary(run(OnlySkips, verbosity=2))
print("--- empty")
summary(run())
print("--- descriptions=False")
summary(run(Mixed("test_g_doc"), verbosity=2, descriptions=False))
print("--- single test")
summary(run(AllGood("test_one"), verbosity=2))
