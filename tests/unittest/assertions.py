# The other assertions: pass and fail paths and their messages, with and
# without msg=.
import unittest
from _ut import Probe, message

t = Probe()


class Thing:
    def __repr__(self):
        return "<Thing>"


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


print("--- truth")
message(t.assertTrue, 1)
message(t.assertTrue, 0)
message(t.assertTrue, [])
message(t.assertTrue, "", "empty")
message(t.assertFalse, None)
message(t.assertFalse, [1, 2])
message(t.assertFalse, Thing(), "thing")

print("--- identity and None")
x = Thing()
message(t.assertIs, x, x)
message(t.assertIs, x, Thing())
message(t.assertIs, 1, None)
message(t.assertIsNot, x, Thing())
message(t.assertIsNot, None, None)
message(t.assertIsNone, None)
message(t.assertIsNone, 0)
message(t.assertIsNone, "text", "must be None")
message(t.assertIsNotNone, 0)
message(t.assertIsNotNone, None)
message(t.assertIsNotNone, None, "why")

print("--- membership")
message(t.assertIn, 1, [1, 2])
message(t.assertIn, 3, [1, 2])
message(t.assertIn, "z", "abc")
message(t.assertIn, "k", {"a": 1})
message(t.assertNotIn, 3, (1, 2))
message(t.assertNotIn, 2, (1, 2))
message(t.assertNotIn, "b", "abc", "substring")
message(t.assertIn, 1, list(range(100)))
message(t.assertIn, -1, list(range(100)))

print("--- instances")
message(t.assertIsInstance, 1, int)
message(t.assertIsInstance, 1, str)
message(t.assertIsInstance, 1, (str, bytes))
message(t.assertIsInstance, Thing(), int)
message(t.assertNotIsInstance, 1, str)
message(t.assertNotIsInstance, True, int)
message(t.assertNotIsInstance, [], (list, tuple), "sequence")

print("--- comparisons")
message(t.assertGreater, 2, 1)
message(t.assertGreater, 1, 1)
message(t.assertGreaterEqual, 1, 1)
message(t.assertGreaterEqual, 1, 2)
message(t.assertLess, 1, 2)
message(t.assertLess, 2, 2)
message(t.assertLessEqual, 2, 2)
message(t.assertLessEqual, 3, 2)
message(t.assertLess, "b", "a", "strings")
message(t.assertGreater, [1], [2])

print("--- almost equal")
message(t.assertAlmostEqual, 1.0, 1.00000001)
message(t.assertAlmostEqual, 1.0, 1.1)
message(t.assertAlmostEqual, 1.0, 1.1, places=1)
message(t.assertAlmostEqual, 1.0, 1.2, places=1)
message(t.assertAlmostEqual, 1.0, 1.5, delta=0.5)
message(t.assertAlmostEqual, 1.0, 1.6, delta=0.5)
message(t.assertAlmostEqual, 1.0, 1.1, places=1, delta=0.5)
message(t.assertAlmostEqual, 5, 5)
message(t.assertAlmostEqual, float("inf"), float("inf"))
message(t.assertAlmostEqual, 1.0, 2.0, msg="floats")
message(t.assertNotAlmostEqual, 1.0, 1.1)
message(t.assertNotAlmostEqual, 1.0, 1.00000001)
message(t.assertNotAlmostEqual, 1.0, 1.0)
message(t.assertNotAlmostEqual, 1.0, 1.5, delta=0.1)
message(t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
message(t.assertNotAlmostEqual, 1.0, 1.05, places=1, delta=0.1)

print("--- count equal")
message(t.assertCountEqual, [1, 2, 3], [3, 2, 1])
message(t.assertCountEqual, [1, 2, 2], [2, 1, 1])
message(t.assertCountEqual, "abc", "abd")
message(t.assertCountEqual, [[1], [2]], [[2], [1]])
message(t.assertCountEqual, [[1], [2], [2]], [[2], [3]])
message(t.assertCountEqual, [1, "a", 1], ["a", 1, 2, 2])
message(t.assertCountEqual, iter([1, 2]), (2, 1))

print("--- regex")
message(t.assertRegex, "hello world", r"w.rld")
message(t.assertRegex, "hello world", r"^world")
message(t.assertRegex, "abc", "x", "no x")
message(t.assertNotRegex, "hello", r"z")
message(t.assertNotRegex, "hello world", r"o w")
message(t.assertNotRegex, "hello world", r"l+")

print("--- fail and reprs")
message(t.fail)
message(t.fail, "failed here")
try:
    t.assertEqual(BadRepr(), 1)
except AssertionError as e:
    import re
    print(re.sub("0x[0-9a-f]+", "0x...", str(e)))
message(t.assertTrue, 0, BadRepr.__name__)
long = "y" * 200
message(t.assertIsNone, long)
message(t.assertIn, "q", long)
