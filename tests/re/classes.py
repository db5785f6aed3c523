# Character classes.
import re

def fa(p, s, f=0):
    print(repr(p), re.findall(p, s, f))

s = "abc-XYZ_019 \t\n.]^[\\é"
for p in ("[abc]", "[a-c]", "[^a-c]", "[a-cX-Z0-9]", "[-a]", "[a-]", "[]a]", "[^]a]", "[]]", "[\\]]",
          "[\\-]", "[\\^]", "[^^]", "[.]", "[\\\\]", "[\\w]", "[\\W]", "[\\d]", "[\\D]", "[\\s]", "[\\S]",
          "[\\w-]", "[\\d.]", "[^\\w\\s]", "[\\x41-\\x5a]", "[\\101-\\132]", "[\\t\\n]", "[\\b]", "[[]",
          "[a-a]", "[é]", "[à-ÿ]", "[^\\x00-\\x7f]", "[\\u00e9]", "[\\U000000e9]", "[\\0]", "[\\01]"):
    fa(p, s)
fa("[a-z]+", "Hello World", re.I)
fa("[A-Z]+", "Hello World", re.I)
fa("[^a-z]+", "Hello World", re.I)
fa("[k]", "kK\u212a", re.I)
fa("[\u212a]", "kK\u212a", re.I)
fa("[^k]", "kK\u212a-", re.I)
fa("[s-t]", "sSſtT", re.I)
fa("[é-ë]", "ÉÊËéêë", re.I)
fa("[Σ]", "σςΣ", re.I)
fa("[\\w&&]", "a&b")
fa("[a-c[]", "a[d")
fa("[--/]", "-./0")
fa("[%--]", "%+,-")
fa("[\\s\\S]", "a\nb")
print(re.match("[a\\Qb]", "Q") if False else "skip")
print(re.findall("[\\x00-\\x1f]", "a\x01b\x1fc"), re.findall("[\\0-\\1]", "\x00\x01\x02"))
