# re.error messages and positions for bad patterns.
import re

bad = [
    "(", ")", "a)", "(a", "((a)", "a))", "*", "+a", "?", "{1}", "a**", "a*+?" , "a+++", "a{1,2}{3}", "a{3,2}",
    "\\q", "\\", "a\\", "[a", "[", "[]", "[^]", "[a-", "[z-a]", "[\\d-z]", "[a-\\d]", "[\\A]", "[\\8]", "[\\z]",
    "(?P=x)", "(?P<a>x)(?P<a>y)", "(?P<1a>x)", "(?P<>x)", "(?P<", "(?P<a", "(?P", "(?Px)", "(?<x", "(?<", "(?x",
    "(?", "(?z)", "(?-", "(?-z:x)", "(?i-i:x)", "(?a-u:x)", "(?au)x", "(?-i)x", "(?i", "(?i-", "(?t:x)",
    "a(?i)b", "a|(?i)b", "(?i)(?m)a", "(?x) (?i)a", "\\x0", "\\xg", "\\u12", "\\U1234567", "\\U00110000",
    "\\777", "\\400", "\\8", "\\9", "\\1", "(a)\\2", "(a\\1)", "\\10", "(?#abc", "(?#abc)x",
    "(?(1)a|b)", "(?(x)a)", "(?(1a)a)", "(?(0)a)", "(?(-1)a)", "(a)(?(1)b|c|d)", "(?(1", "(?()a)",
    "(?<=a+)b", "(?<=(a)\\1)", "(?<=a)(?<!b+)", "(?P<a>x)(?<=(?P=a))", "(?<=(?P<a>x)(?P=a))",
    "a{1", "a{,", "x{1000000000000}", "\\N{foo}", "\\N", "\\N{", "\\N{x", "a\n(", "a\nb\nc)", "ab\n[c",
    "(?P=a b)", "(?P<a b>x)", "(?P>)", "(?<>)", "(a)(?P=1)", "[\\N]", "(?:", "(?=", "(?<=a", "(?>a",
]
for p in bad:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.groups)
    except re.error as e:
        print(repr(p), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)

for p in (b"\\u1234", b"\\U00000041", b"\\N{X}", b"(?u)x", b"[\\u0041]", b"(?L)x"):
    try:
        print(p, re.compile(p))
    except re.error as e:
        print(p, "error:", e, e.pos, e.pattern == p)

for p, f in (("x", re.L), ("x", re.A | re.U), (b"x", re.U), (b"x", re.A | re.L), ("(?u)x", re.A)):
    try:
        print(re.compile(p, f))
    except ValueError as e:
        print("ValueError", e)

e = re.error("custom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("custom", "abc", 2)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("custom", "a\nbc", 3)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("custom", b"a\nbc", 3)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile("(")
except Exception as e:
    print(type(e) is re.error, repr(e))
try:
    raise re.error("x", "y", 0)
except re.error as e:
    print("caught", e)
for f, a in ((re.compile, (5,)), (re.match, (5, "a")), (re.search, ("a", 5)), (re.findall, ("a", None)),
             (re.compile, (bytearray(b"a"),))):
    try:
        f(*a)
    except TypeError as e:
        print("TypeError", e)

for p in ["(?ié)", "(?é)", "(?i\\d)", "(?-é)", "(?i-é:a)", "(?i-\\d:a)", "(?-\\d)", "(?i-m\\d)", "(?i-m", "(?i-mé", "(?\\d)", "(?P\\d", "(?<\\d"]:
    try:
        print(repr(p), re.compile(p))
    except re.error as e:
        print(repr(p), "error:", e)
import warnings
warnings.simplefilter("ignore")
for p in ['(?<=a+)(', '(?<=a+)b', 'a*(?<=a+)', '(?<=a|bc)x*', 'a*', 'a+?', 'a*+', '(a){2}', 'abc']:
    for f in (0, re.T):
        try:
            print(repr(p), f, re.compile(p, f))
        except re.error as e:
            print(repr(p), f, "error:", e, e.pos)
