# bytes patterns and subjects.
import re

print(re.match(b"a+", b"aaab"))
print(re.search(rb"\d+", b"ab123"), re.search(rb"\d+", bytearray(b"ab123")))
m = re.search(rb"(?P<n>\w+)", bytearray(b"  hi "))
print(m.group(), m.group("n"), type(m.group()).__name__, type(m.string).__name__, m.span(), m.groupdict())
print(re.findall(rb"\w+", b"ab cd\xe9f"), re.findall(rb"(?i)AB", b"ab Ab aB"), re.findall(rb"(?i)\xe9", b"\xe9\xc9"))
print(re.sub(rb"a", b"X", b"banana"), re.sub(rb"(a)", rb"[\1]", b"ba"), re.sub(rb"a", lambda m: b"<>", b"ab"))
print(re.subn(rb"x*", b"-", b"ab"), re.split(rb",", b"a,b,c"), re.split(rb"(,)", bytearray(b"a,b")))
print(re.sub(rb"a", bytearray(b"Q"), b"ab"))
print(re.escape(b"a.b"), re.compile(b"a.b").pattern, re.compile(rb"\x41\101").match(b"AA"))
print(re.match(rb"\w", b"\xe9"), re.match(rb"(?L)\w", b"a"), re.match(rb"\s", b"\x1c"), re.match(rb"[\x80-\xff]+", b"\x80\xff"))
print(re.match(rb".", b"\n"), re.match(rb".", b"\n", re.S), re.match(rb"\d", b"\xb2"))
print(re.match(rb"(a)\1", b"aa"), re.match(rb"(?i)(a)\1", b"aA"))
print(re.fullmatch(rb"[^\x00]+", bytes(range(1, 256))) is not None)
print(re.compile(rb"x", re.I), re.compile(rb"x", re.A), re.compile(rb"x").flags)
print(re.match(b"a", b"a").expand(rb"\g<0>!"))

for f in (lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.sub(b"a", "x", b"a"),
          lambda: re.sub("a", b"x", "a"), lambda: re.findall(b"a", "a"), lambda: re.split("a", b"a"),
          lambda: re.compile(b"a").finditer("a"), lambda: re.match(b"a", 5), lambda: re.match(b"a", ["a"]),
          lambda: re.sub(b"a", lambda m: "s", b"xa"), lambda: re.match(b"a", b"a").expand("x")):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
