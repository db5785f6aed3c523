# The Pattern object API.
import re, copy

p = re.compile(r"(?P<key>\w+)=(?P<value>\d*)")
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex, sorted(p.groupindex.items()))
print(type(p).__name__, type(p) is re.Pattern, isinstance(p, re.Pattern))
print(p.match("a=1"), p.search("x a=1 b=2"), p.fullmatch("a=1"), p.fullmatch("a=1 "))
print(p.findall("a=1 b=22 c="), [m.span() for m in p.finditer("a=1 b=22")])
print(p.sub(r"\g<value>:\g<key>", "a=1 b=2"), p.subn("", "a=1 b=2"), p.split("x a=1 y b=2 z"))
print(p.match("  a=1", 2), p.match("  a=1", pos=2), p.search("a=1 b=2", 1, 6), p.search("a=1", endpos=2))
print(p.findall("a=1 b=2 c=3", 2), p.findall("a=1 b=2 c=3", 2, 8), [m.group() for m in p.finditer("a=1 b=2 c=3", 4)])

print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"))
print(hash(re.compile("ab")) == hash(re.compile("ab")), re.compile(b"a") == re.compile("a"))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)

for flags in (0, re.I, re.I | re.M, re.S | re.X, re.A, re.U, re.A | re.I, re.DEBUG & 0):
    print(re.compile("x", flags), re.compile("x", flags).flags)
print(re.compile(b"x", re.I | re.L), re.compile(b"x").flags, re.compile(b"x", re.L).flags)
print(re.compile("(?i)x"), re.compile("(?ms)x").flags, re.compile("(?a)x").flags)
print(re.compile("y" * 300))
print(re.compile("it's"), re.compile('say "hi"'), re.compile("tab\there"))

sc = p.scanner("a=1 b=2 c")
print(sc.search(), sc.search(), sc.search(), sc.search())
sc = p.scanner("a=1b=2 c")
print(sc.match(), sc.match(), sc.match())
print(sc.pattern is p)

for bad in ((), ("a", "x"), ("a", 0, "y")):
    try:
        p.match(*bad)
    except TypeError as e:
        print("TypeError", e)
