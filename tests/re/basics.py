# match, search and fullmatch on simple patterns.
import re

cases = [
    ("abc", "abc"), ("abc", "xabc"), ("abc", "abcx"), ("a.c", "abc"), ("a.c", "a\nc"),
    ("", ""), ("", "abc"), ("x*", "xxxy"), ("a|b|c", "cab"), ("ab|abc", "abcd"),
    ("(ab|abc)d", "abcd"), ("^abc$", "abc"), ("^abc$", "abc\n"), ("abc$", "abc\nabc"),
    ("colou?r", "the color red"), ("colou?r", "the colour red"), ("\\d\\d", "a12b"),
    ("[aeiou]+", "rhythm and blues"), ("q[^u]", "Iraq"), ("q[^u]", "qatar"),
]
for pat, s in cases:
    for f in (re.match, re.search, re.fullmatch):
        m = f(pat, s)
        print(f.__name__, repr(pat), repr(s), m.span() if m else None, m.group() if m else None)

print(re.match("a+", "aaa").group())
print(re.search("b+", "abbbc").span())
print(re.fullmatch("a|ab", "ab"))
print(re.fullmatch("a*?", "aaa"))
print(re.match("a*?", "aaa"))
print(re.search("$", "abc").span())
print(re.search("^", "abc").span())
print(bool(re.match("a", "a")), bool(re.match("b", "a")))
print(re.compile("b").match("abc"), re.compile("b").match("abc", 1))
print(re.compile("b").search("abcb", 2))
print(re.compile("^b").search("abc", 1))
print(re.compile("c$").search("abcd", 0, 3))
print(re.compile("a").fullmatch("ab", 0, 1))
print(re.compile("").match("abc", 5), re.compile("").match("abc", -3).span())
print(re.compile("b").search("abc", 2, 1))
