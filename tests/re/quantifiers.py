# Greedy, lazy and possessive quantifiers.
import re

def sh(p, s):
    m = re.match(p, s)
    print(repr(p), repr(s), m and m.group(), m and m.groups())

for p in ("a*", "a+", "a?", "a{2}", "a{2,}", "a{,2}", "a{1,3}", "a{0}", "a{,}", "a{}", "a{1", "a{x}", "a{1,2",
          "a*?", "a+?", "a??", "a{2,}?", "a{1,3}?", "a*+", "a++", "a?+", "a{1,3}+", "(?:ab)*", "(?:ab)+?",
          "(ab)*", "(ab){2}", "(ab)*?a", "(a|b)*", "(a|b)*?b", "(?:a|ab)*c", "x{1,2}{3}" if False else "x*"):
    sh(p, "aaaab")
    sh(p, "ababab")

sh("a*b", "aaab")
sh("a*?b", "aaab")
sh(".*x", "axbxc")
sh(".*?x", "axbxc")
sh(".*+x", "axbxc")
sh("a++b", "aab")
sh("a++a", "aaa")
sh("(?:a|b)*+b", "abab")
sh("(a+)+b", "aaab")
sh("(a*)*b", "aab")
sh("(a*)+b", "b")
sh("(a?)*?b", "aab")
sh("(a|)+b", "aab")
sh("(?:(a)|(b))*", "abab")
sh("(?:(a)|b)*", "ab")
sh("(a){0}b", "b")
sh("(a){2,3}", "aaaa")
sh("(a){2,3}?", "aaaa")
sh("((a)|(b)){2}", "ab")
sh("(a*?)(a*)", "aaa")
sh("(a*)(a*?)", "aaa")
sh("(a{2})*", "aaaaa")
sh("x{2,3}y", "xxxxy")
sh(r"\d{3}-\d{4}", "555-1234")
sh(r"(\d{1,3}\.){3}\d{1,3}", "192.168.1.1")
sh("a{3,5}?b", "aaaaab")
sh("a{0,0}b", "b")
sh("(?:)*", "abc")
sh("(?:a?)+", "aa")
sh("(?:a|())+", "aa")
sh("(a|())+", "aa")
sh("(a?)+?b", "ab")
sh("(?:x|(a))*+y", "xay")
sh(".{2,4}+", "abcdef")
sh("[ab]{2}+c", "abc")
sh("(?:ab|a)++b", "abab")
sh("(?:ab|a){2}+b", "aab")
print(re.match("a{4294967294}", "a"), re.match("a{0,4294967294}", "aaa").group())
for p in ("a{4294967295}", "a{1,4294967295}", "a{99999999999}"):
    try:
        re.compile(p)
    except OverflowError as e:
        print("OverflowError", e)
