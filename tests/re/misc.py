# Module attributes, the pattern cache, purge, ure.
import re

print(re.__name__, sorted(n for n in re.__all__ if n != "template"))
for name in ("compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer",
             "escape", "purge", "error", "Pattern", "Match", "RegexFlag", "NOFLAG"):
    print(name, hasattr(re, name))
p1 = re.compile("cache-me")
p2 = re.compile("cache-me")
print(p1 is p2, re.compile("cache-me", re.I) is p1)
re.purge()
print(re.purge(), re.compile("cache-me") == p1)
for i in range(600):
    re.compile("p%d" % i)
print(re.compile("p599").pattern, re.compile("p0").pattern)
print(re.search("a", "cat", 0), re.search("a", "cat", flags=re.I))
print(re.match(pattern="a", string="a"), re.sub(pattern="a", repl="b", string="aa", count=1))
print(re.split(pattern=",", string="a,b", maxsplit=1), re.findall(pattern="a", string="aa", flags=0))
print(re.compile(pattern="x", flags=re.I))
print(re.match(re.compile("a"), "a"), re.sub(re.compile("a"), "b", "aa"))
try:
    re.match(re.compile("a"), "a", re.I)
except ValueError as e:
    print("ValueError", e)
print(type(re.compile("x")).__module__, type(re.match("x", "x")).__module__)
