# Flags: module constants, RegexFlag arithmetic, inline and scoped flags.
import re

for name in ("A", "ASCII", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "S", "DOTALL",
             "X", "VERBOSE", "U", "UNICODE", "T", "TEMPLATE", "DEBUG", "NOFLAG"):
    f = getattr(re, name)
    print(name, int(f), f, repr(f))
print(re.I | re.M, re.M | re.I, re.I & re.M, re.I ^ re.I, re.I | 1, 1 | re.I, re.I + 1, re.X * 2)
print(isinstance(re.I, int), isinstance(re.I, re.RegexFlag), re.I == 2, re.I in {2}, hash(re.I) == hash(2))
print(re.I.value, re.I.name, (re.I | re.S).name, re.NOFLAG.name)
print(re.RegexFlag.IGNORECASE is re.I, re.RegexFlag(2), re.RegexFlag(10))
print("%d %s %r" % (re.M, re.M, re.M), "{} {:d} {:>4d}".format(re.S, re.S, re.S))

print(re.findall("a", "aAa", re.I), re.findall("(?i)a", "aAa"), re.findall("(?i:a)A", "aAAA"))
print(re.findall("^x", "x\nx\nx"), re.findall("^x", "x\nx\nx", re.M), re.findall("(?m)x$", "x\nx\nx"))
print(re.findall(".", "a\nb"), re.findall(".", "a\nb", re.S), re.findall("(?s).", "a\nb"), re.findall("(?s:.)b", "\nb"))
print(re.findall(r"""
    \d+   # digits
    \s*   # spaces
    [a-z] # a letter
""", "12 a 3b", re.X))
print(re.match("(?x) a b # comment", "ab"), re.match("(?x) a[ ]b", "a b"), re.match("(?x)a\\ b", "a b"))
print(re.match("(?x) a | b ", "b"), re.match("a(?x: b c )d", "abcd"), re.match("a(?x: b c )d ", "abcd "))
print(re.match("(?x)a{1, 2}", "a{1, 2}"), re.match("(?x)a{1,2}", "aa"))
print(re.match(r"\w+", "héllo").group(), re.match(r"\w+", "héllo", re.A).group(), re.match(r"(?a)\w+", "héllo").group())
print(re.match(r"(?a:\w+)\w", "héllo"), re.match(r"(?u)\w+", "héllo").group())
print(re.search(r"(?i)É", "é"), re.search(r"(?ai)É", "é"), re.search(r"(?i)e", "E"))
print(re.match("(?i)a(?-i:b)c", "AbC"), re.match("(?i)a(?-i:b)c", "ABC"))
print(re.match("a(?i:b(?-i:c)d)e", "aBcDe"), re.match("a(?i:b(?-i:c)d)e", "aBCDe"))
print(re.match("(?s-i:.)(?i)", "\n") if False else None)
print(re.compile("(?i)(?m)(?s)x").flags, re.compile("(?imsx)x").flags, re.compile("(?iLmsux)".replace("L", ""), 0).flags)
print(re.compile(b"(?iLms)x").flags, re.compile(b"(?a)x").flags)
print(re.compile("x", re.I | re.M | re.S).flags & re.I, re.compile("x", re.T).flags)
print(re.match(r"(?i)[a-c]+", "AbC").group(), re.match(r"(?i)[^a-c]+", "DdAb").group())
print(re.findall(r"(?i)\bK\b", "k K \u212a"), re.findall(r"(?i)s", "sSſ"), re.findall(r"(?ai)s", "sSſ"))
print(re.I in (re.I | re.M), re.S in (re.I | re.M), list(re.RegexFlag), len(re.RegexFlag), re.RegexFlag["DOTALL"])
print(re.RegexFlag, type(re.I).__name__)
