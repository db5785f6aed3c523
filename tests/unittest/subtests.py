# subTest: each failing subtest is reported on its own, with its message
# and parameters; passing subtests are silent; the test goes on after a
# failing subtest; nesting merges the parameters.
import unittest
from _ut import run, summary


class Sub(unittest.TestCase):
    def test_params(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 3, 0)

    def test_msg(self):
        for word in ["ok", "bad", "fine"]:
            with self.subTest("checking", word=word):
                self.assertNotEqual(word, "bad")
        with self.subTest("only a message"):
            self.fail("inside")
        with self.subTest():
            self.fail("no description")

    def test_nested(self):
        for a in (1, 2):
            with self.subTest(a=a):
                for b in (1, 2):
                    with self.subTest(b=b, a=a * 10):
                        self.assertLess(a + b, 4)

    def test_error(self):
        for name in ["x", "y"]:
            with self.subTest(name=name):
                raise KeyError(name)

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertTrue(True)

    def test_then_fail(self):
        with self.subTest(stage=1):
            self.assertEqual(1, 2)
        self.assertEqual("after", "subtests")

    def test_skip_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest("skip one")
                self.assertNotEqual(i, 2)

    @unittest.expectedFailure
    def test_xfail_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i, 0)

    def test_values(self):
        with self.subTest(s="text", n=None, l=[1, 2], f=1.5):
            self.fail()


summary(run(Sub, verbosity=1))
summary(run(Sub, verbosity=2))
print("--- failfast")
summary(run(Sub("test_params"), Sub("test_msg"), verbosity=2, failfast=True))
print("--- ids")


class Ids(unittest.TestCase):
    def test_it(self):
        "The doc."
        with self.subTest("m", k=1) as s:
            sub = self._subtest
            print(s, sub.id())
            print(str(sub))
            print(sub.shortDescription())
            print(sub.params["k"], sorted(sub.params.keys()) if hasattr(sub.params, "keys") else "")


run(Ids("test_it"))
result = unittest.TestResult()
Sub("test_params").run(result)
for test, text in result.failures:
    print(test, "|", text.splitlines()[-1])
