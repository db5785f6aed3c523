# fnmatch: translate (CPython's exact regexes), fnmatch, fnmatchcase, filter
import fnmatch

pats = ["*.py", "a?c", "[abc]*", "[!a-c]x", "[]]", "[!]]", "a[", "**/x", "a.b+c",
        "[a-", "x[\\]]y", "*a*b", "*a*b*", "a*b*c*d", "**", "a**b*", "*",
        "[a-z]*[0-9]*.txt", "[z-a]", "[a-c-e]", "[!]", "[[]", "[a\\-z]", "[^x]",
        "[a&&b]", "[a~~b]", "[a||b]", "[--z]", "[a-z--]", "[\\\\-a]", "*a?*b",
        "", "?", "[!z-a]", "[-a]", "[!-a]", "[a-]", "a-b", "(x)", "{a,b}", "$^"]
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ["a.py", "b.txt", "abc", "aXc", "Makefile", "x.PY", ".hidden", "dir/x", "a-c", "]", "^x", "-"]
for p in ["*.py", "*.PY", "a?c", "[a-c]*", "[!a]*", "*", ".*", "*/x", "[]]", "[\\^]x", "[-]", "a[-]c", "[z-a]", "[!z-a]"]:
    print(p, fnmatch.filter(names, p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatch("foo.pyc", "*.py"))
print(fnmatch.fnmatch("a\nb", "a?b"), fnmatch.fnmatch("a\nb", "a*"))
print(fnmatch.fnmatchcase(b"abc.txt", b"*.txt"), fnmatch.filter([b"x.c", b"y.h"], b"*.c"))
print(fnmatch.fnmatch("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*a*a*a*a*c"))
try: fnmatch.fnmatch("x", 3)
except TypeError as e: print("TypeError")
