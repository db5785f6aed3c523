# Lookahead, lookbehind and atomic groups.
import re

def sh(p, s, f=re.search):
    m = f(p, s)
    print(repr(p), repr(s), m and m.span(), m and m.groups())

sh(r"foo(?=bar)", "foobaz foobar")
sh(r"foo(?!bar)", "foobar foobaz")
sh(r"(?<=\$)\d+", "cost: $42")
sh(r"(?<!\$)\b\d+", "$42 17")
sh(r"(?<=ab)c", "abc")
sh(r"(?<=a|b)c", "bc")
sh(r"(?<=(a))b", "ab")
sh(r"(?<!(a))b", "cb")
sh(r"(?=(\w+))\w", "abc")
sh(r"(?!(a))\w", "ab")
sh(r"(?<=é)x", "éx")
sh(r"(?<=éé)x", "aéx")
sh(r"(?<=\d{3})x", "12x 123x")
sh(r"(?<=^)a", "ba")
sh(r"(?<=\n)a", "b\na")
sh(r"^(?=.*\d)(?=.*[a-z]).{6,}$", "abc123")
sh(r"^(?=.*\d)(?=.*[a-z]).{6,}$", "abcdef")
sh(r"\b(?!un)\w+", "unhappy happy")
sh(r"(?<=a)(?=b)", "ab")
sh(r"a(?=b)*c", "ac") if False else None
sh(r"(?>a+)b", "aaab")
sh(r"(?>a+)ab", "aaab")
sh(r"(?>a|ab)c", "abc")
sh(r"(?>(a)|ab)c", "ac")
sh(r"(?>x*)*y", "xxy")
sh(r"(?>(\w+))\1", "abab")
sh(r"(?=a)a(?<=a)", "a")
sh(r"(?!a)(?!b)\w", "abc")
sh(r"(?=(a+))a*b\1", "baaabac")
sh(r"(?<=(?<!a)b)c", "abc bc")
sh(r"(?<=a(?=b)b)c", "abc")
sh(r"(?<=\b)x", "x")
sh(r"x(?<=x)", "x")
sh(r"(?<=ab)", "ab")
sh(r"(?<=(a)(b))", "ab")
sh(r"(a)(?<=\1)", "a") if False else None
sh(r"(?<![a-z])\d", "a1 2")
print(re.findall(r"(?<=-)\w+", "a-b-cd-"), re.findall(r"\w+(?=,)", "a,b,c"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.split(r"(?<=[.!?]) ", "Hi. How are you? Fine!"))
for p in ("(?<=a+)b", "(?<=a*)b", "(?<=a|bc)d", "(?<=a{1,2})b", "(?<!x?)y"):
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e, e.pos, e.pattern)
print(re.compile("(?<=a{2})b").search("aab"), re.compile("(?<=(?:ab){2})c").search("ababc"))
