# difflib and pprint, which unittest uses for its diffs: ndiff (with the
# "?" hint lines), unified and context diffs, SequenceMatcher results,
# get_close_matches; pformat of nested and long values, widths, compact,
# depth, indent and the collections types.
import difflib, pprint, collections
cases = [
    (["abc\n","def\n","ghi\n"], ["abc\n","dxf\n","ghi\n","jkl\n"]),
    (["one\n","two\n","three\n"], ["ore\n","tree\n","emu\n"]),
    ("a b c d e f".split(), "a c d x f g".split()),
    (["  hello world\n"], ["  hello  world!\n"]),
    (["\tindented line here\n"], ["\tindented lines here\n"]),
    ([], ["x\n"]),
    (["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"]),
]
for a, b in cases:
    print(repr(list(difflib.ndiff(a, b))))
    print(repr(list(difflib.unified_diff(a, b, "a", "b"))))
    print(repr(list(difflib.context_diff(a, b, "a", "b"))))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(s.find_longest_match(0, 5, 0, 9))
long1 = [str(i % 7) for i in range(300)]
long2 = [str(i % 5) for i in range(310)]
print(list(difflib.unified_diff(long1, long2, n=1))[:40])
data = [
    list(range(40)),
    {"key%d" % i: list(range(i)) for i in range(8)},
    ("a" * 30, "b" * 30, "c" * 30),
    ("single" * 20,),
    {3, 1, 2, 10, 100000000000, 20000000000000, 3333333333333, 4444444444444444, 55555555555555},
    frozenset(range(30)),
    "word " * 40,
    "line one\nline two " * 10,
    b"bytes" * 30,
    [{"nested": [1, 2, {"deep": "x" * 50}]}, ("t", ["u" * 70])],
    collections.OrderedDict((str(i), i) for i in range(20)),
    collections.Counter("abracadabra" * 10 + "xyzzy" * 5 + "qwertyuiop"),
    collections.deque(range(40)),
    collections.defaultdict(list, {i: [i] * 3 for i in range(10)}),
    [[]] * 40,
    [1, [2, [3, [4, [5, [6]]]]]],
    {(1, 2): "a", (0, 5): "b", "str": 1},
]
for d in data:
    print(pprint.pformat(d))
    print(pprint.pformat(d, width=30, compact=True))
    print(pprint.pformat(d, indent=4, width=40))
print(pprint.pformat(data[1], depth=1))
r = [1, 2]; r.append(r)
print(pprint.saferepr(r) == "[1, 2, <Recursion on list with id=%d>]" % id(r))
print(pprint.isreadable([1, "a"]), pprint.isreadable(object()), pprint.isrecursive(r))
pprint.pprint({"b": 1, "a": 2})
pprint.pp({"b": 1, "a": 2})
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 1)))
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 2)))
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print(list(difflib.unified_diff([], [])))
s = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 299 + "zy")
print(s.bpopular, len(s.get_opcodes()), s.get_opcodes()[:3])
s = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 299 + "zy", autojunk=False)
print(s.get_opcodes())
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK(" "))
print(list(difflib.ndiff(["a b c\n", "same\n"], ["a  b c\n", "same\n"], linejunk=difflib.IS_LINE_JUNK)))
