# The Match object API.
import re, copy

m = re.search(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", "Name: Jane Doe.")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default=0))
print(m.start(), m.end(), m.span(), m.start(1), m.end("last"), m.span(2), m.span("opt"), m.start(3))
print(m[0], m[1], m["first"], m[3])
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.string, m.re.pattern)
print(m.regs)
print(m.expand(r"\2, \1"), m.expand(r"\g<last>-\g<first>-\g<0>"), m.expand(r"[\3]"))
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(type(m).__name__, type(m) is re.Match, isinstance(m, re.Match))

for bad in (4, "nope", -1, 1.5, None, "1"):
    try:
        print(m.group(bad))
    except IndexError as e:
        print("IndexError", e)
for bad in (9, "x"):
    for meth in (m.start, m.end, m.span):
        try:
            meth(bad)
        except IndexError as e:
            print(meth.__name__, "IndexError", e)
try:
    m[5]
except IndexError as e:
    print("getitem", e)

print(m.group(True), m.start(False))

m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.lastindex, m.lastgroup, m.span(2), m.regs)
m = re.match(r"((a)b)", "ab")
print(m.lastindex)
m = re.match(r"(a)(b)", "ab")
print(m.lastindex)
m = re.match(r"(?P<x>a)(?P<y>b)", "ab")
print(m.lastgroup)
m = re.match(r"(?P<x>a)(b)", "ab")
print(m.lastgroup, m.lastindex)
m = re.match("abc", "abc")
print(m.lastindex, m.lastgroup, m.groups(), m.groupdict(), m.regs)

m = re.compile(r"\d+").search("ab 123 cd", 2, 5)
print(m, m.pos, m.endpos)
m = re.compile(r"\d+").search("ab 123 cd", -10, 100)
print(m.pos, m.endpos)

long = "x" * 100
print(re.match(".*", long))
print(re.match(".*", "quote's \" and \\ and \n"))
print(re.match(b".*", b"bytes \x00\xff"))
print(re.search("é+", "caféé!"))
for f in (lambda: m.span(group=1), lambda: m.start(1, 2), lambda: m.group(group=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
for big in (10**30, -10**30):
    try:
        re.compile("a").search("a", big)
    except OverflowError as e:
        print("OverflowError", e)
