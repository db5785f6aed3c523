# assertEqual and the type-specific equality assertions: the messages,
# including the diffs for lists, tuples, dicts, sets and strings, the
# shortened reprs of long values, msg= with longMessage, maxDiff.
import unittest
from _ut import Probe, message

t = Probe()

print("--- plain values")
message(t.assertEqual, 1, 1)
message(t.assertEqual, 1, 2)
message(t.assertEqual, 1, 1.5)
message(t.assertEqual, None, 0)
message(t.assertEqual, b"ab", b"ac")
message(t.assertEqual, 1, 2, "custom")
message(t.assertNotEqual, 1, 2)
message(t.assertNotEqual, "x", "x")
message(t.assertNotEqual, [1], [1], msg="lists")

print("--- strings")
message(t.assertEqual, "abc", "abd")
message(t.assertEqual, "abc\ndef\nghi\n", "abc\ndxf\nghi\n")
message(t.assertEqual, "one line", "one lime")
message(t.assertEqual, "first\nsecond", "first\nsecond\nthird")
message(t.assertEqual, "x" * 100, "x" * 99 + "y")
message(t.assertEqual, "a" * 50 + "b" * 50, "a" * 50 + "c" * 50)
message(t.assertEqual, "\n".join(str(i) for i in range(60)), "\n".join(str(i) for i in range(1, 61)))
message(t.assertMultiLineEqual, "a\n", 1)
message(t.assertEqual, "tab\there\n", "tab\tthere\n")

print("--- lists and tuples")
message(t.assertEqual, [1, 2, 3], [1, 2, 3])
message(t.assertEqual, [1, 2, 3], [1, 2, 4])
message(t.assertEqual, [1, 2], [1, 2, 3, 4])
message(t.assertEqual, [1, 2, 3, 4], [1, 2])
message(t.assertEqual, (1, "a"), (1, "b"))
message(t.assertEqual, [1, 2], (1, 2))
message(t.assertListEqual, [1], (1,))
message(t.assertTupleEqual, (1,), [1])
message(t.assertSequenceEqual, [1, 2], (1, 2))
message(t.assertSequenceEqual, [1, 2], (1, 3))
message(t.assertSequenceEqual, "abc", "abd")
message(t.assertEqual, list(range(30)), list(range(1, 31)))
message(t.assertEqual, [list(range(i)) for i in range(12)], [list(range(i)) for i in range(1, 13)])
message(t.assertEqual, ["x" * 90], ["x" * 89 + "y"])
message(t.assertListEqual, [1, [2, 3]], [1, [2, 4]], "nested")

print("--- dicts")
message(t.assertEqual, {"a": 1}, {"a": 1})
message(t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
message(t.assertEqual, {"a": 1}, {"b": 1, "a": 1})
message(t.assertEqual, {i: "v%d" % i for i in range(20)}, {i: "v%d" % (i + 1) for i in range(20)})
message(t.assertDictEqual, {}, [])
message(t.assertDictEqual, [], {})

print("--- sets")
message(t.assertEqual, {1, 2, 3}, {1, 2, 3})
message(t.assertEqual, {1, 2, 3}, {2, 3, 4})
message(t.assertEqual, {1, 2}, {1, 2, 5, 6})
message(t.assertEqual, frozenset({1}), frozenset({2}))
message(t.assertSetEqual, {1}, [1])
message(t.assertSetEqual, [1], {1})

print("--- longMessage and maxDiff")
t.longMessage = False
message(t.assertEqual, 1, 2)
message(t.assertEqual, 1, 2, "only this")
message(t.assertIn, 1, [2], "only this")
t.longMessage = True
t.maxDiff = 20
message(t.assertEqual, [1, 2, 3], [1, 2, 4])
message(t.assertEqual, "a\nb\n", "a\nc\n")
t.maxDiff = None
message(t.assertEqual, list(range(100)), list(range(101)))

print("--- addTypeEqualityFunc")


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

    def __repr__(self):
        return "Point(%d)" % self.x


def point_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException("points differ in x: %d vs %d" % (a.x, b.x))


message(t.assertEqual, Point(1), Point(2))
t.addTypeEqualityFunc(Point, point_equal)
message(t.assertEqual, Point(1), Point(2))
message(t.assertEqual, Point(1), Point(1))

print("--- failureException")


class MyFailure(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyFailure

    def runTest(self):
        pass


message(Custom().assertEqual, 1, 2)
message(Custom().fail)
message(Custom().fail, "why")
