# Empty matches in sub, subn, split, findall and finditer (3.7+ rules).
import re

for pat in ("x*", "", "a|", "(?=a)", "\\b", "$", "^", "a*?", "(a)|b*", "x*|b"):
    for s in ("", "abc", "aab", "xax"):
        print(repr(pat), repr(s), re.sub(pat, "-", s), re.subn(pat, "<\\g<0>>", s)[1],
              re.split(pat, s), re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
print(re.sub("x*", "-", "abxd"), re.sub("x+", "-", "abxd"), re.sub("(?:x*)+", "-", "axxb"))
print(re.sub(r"\s*", "_", "a b  c"), re.split(r"\s*", "a b  c"), re.findall(r"\s*", "a b  c"))
print(re.sub("(?=x)|x", "-", "axb"), re.findall("(?=x)|x", "axb"))
print(re.sub("a??", "-", "aa"), re.findall("a??", "aa"))
print(list(re.compile("").finditer("ab", 1)), re.compile("").findall("abc", 1, 2))
