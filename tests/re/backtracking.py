# Backtracking behaviour, captures after backtracking, long inputs.
import re

def sh(p, s, f=re.match):
    m = f(p, s)
    print(repr(p), repr(s)[:40], m and m.span(), m and m.groups())

sh(r"(a|ab)(c|bcd)(d*)", "abcd")
sh(r"(a+)(a+)(a+)", "aaaaa")
sh(r"(a+?)(a+?)(a+)", "aaaaa")
sh(r"(.*)(\d+)", "abc123")
sh(r"(.*?)(\d+)", "abc123")
sh(r"(x)?(?:(x)|y)+", "xy")
sh(r"(?:(a)|b)*c", "abc")
sh(r"(?:(a)b|ac)", "ac")
sh(r"(a)?(?:ab|b)", "ab")
sh(r"((a)|(b))*c", "abac")
sh(r"(?:(a)|(b)|(c))*d", "abcd")
sh(r"(?:a(b)?)+", "aba")
sh(r"(?:(a)|x)*?b", "axab")
sh(r"^(?:(\d+)|(\w+))$", "12ab")
sh(r"(a*)*", "aa")
sh(r"(a*)+", "aa")
sh(r"(a|b)*?c", "abc")
sh(r"(?:(a)(?!b))*", "aab")
sh(r"(\w+)\s(\w+)?$", "one two")
sh(r"(\w+)\s(\w+)?$", "one ")
sh(r"(.)(?=(.))", "ab")
sh(r"(?:(.)(?!\1))+", "abcc")
sh(r"(?=(a*))\1b", "aab")
sh(r"(.+)\1", "abcabc")
sh(r"(.+?)\1+$", "abababab")
sh(r"^(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaab")

n = 200000
s = "a" * n
print(len(re.match(r"(?:a|b)*", s).group()), len(re.match(r"(a|b)*", s).group(1)))
print(len(re.match(r"(?:ab?)*", s).group()), len(re.match(r"(?:a)*?$", s).group()))
print(len(re.match(r"(?:(?:a))*+", s).group()), len(re.search(r"a*b|a", s).group()))
print(len(re.sub(r"a", "bb", s)), len(re.findall(r"a", s)), len(re.split(r"a", s)))
print(re.match(r"(a)*", s).span(1), re.match(r"(?:(a)|b)*", s + "b").span(1))
print(len(re.match(r".*", "x" * n).group()), re.search(r"x+y", "x" * 5000) is None)
t = ("word " * 20000) + "end"
print(len(re.findall(r"\b\w+\b", t)), re.search(r"(\w+) end$", t).group(1))
print(len(re.match(r"(?s).*?end", t).group()))
