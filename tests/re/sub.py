# sub and subn: templates, callables, counts.
import re

print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<a>\d)(?P<b>\d)", r"\g<b>\g<a>", "12 34 5"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(re.sub(r"x", r"\&\%\-", "axb"))
print(re.sub(r"x", "\\0\\012\\101", "x"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub(r"(a)(b)?", r"<\2>", "a ab"))
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=0), re.sub("a", "b", "aaaa", count=-1))
print(re.subn("a", "b", "banana"), re.subn("a", "b", "banana", 1), re.subn("z", "b", "banana"))
print(re.sub("a", lambda m: m.group().upper() * 2, "banana"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub("a", lambda m: None, "banana"))
print(re.sub("(?i)b", "x", "aBcb"), re.sub("b", "x", "aBcb", flags=re.I))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abc"), re.sub("x*", "-", "abxd"))
print(re.sub("(?=b)", "^", "abab"), re.sub("$", "!", "a\nb\n"), re.sub("(?m)$", "!", "a\nb\n"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"a|(b)", r"[\1]", "ab"))

calls = []
def repl(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return "<%s>" % m.group()
print(re.sub(r"\w", repl, "ab c"), calls)

# nested use of the same pattern from a callback
p = re.compile(r"\d")
print(p.sub(lambda m: p.sub("#", "x" + m.group() + "y"), "a1b2"))

p = re.compile(r"(\w)(\w)")
print(p.sub(r"\2\1", "abcde"), p.subn(r"\2\1", "abcde", 1))

for bad in (r"\3", r"\g<x>", r"\g<", r"\g<1", r"\g", r"\q", r"\g<-1>", r"\g<a b>", "\\", r"\400"):
    try:
        print(re.sub(r"(a)(b)", bad, "ab"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

for repl in (5, None, b"x"):
    try:
        print(re.sub("a", repl, "cat"))
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub("a", lambda m: 5, "cat")
except TypeError as e:
    print("TypeError", e)
print(re.sub("z", b"x", "cat"))
