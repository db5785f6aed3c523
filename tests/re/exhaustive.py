# Escapes and classes over whole character ranges.
import re

bad = []
for i in range(256):
    c = chr(i)
    checks = [
        (r"\x%02x" % i, c), (r"\%03o" % i, c), (r"[\x%02x]" % i, c), (r"[\%o]" % i, c), (r"\u%04x" % i, c),
        (re.escape(c), c), ("[" + re.escape(c) + "]", c), (r"(?i)" + re.escape(c), c.upper()),
        (r"(?i)" + re.escape(c), c.lower()), (r"[^\x%02x]" % i, c),
    ]
    out = []
    for p, s in checks:
        try:
            out.append(1 if re.fullmatch(p, s) else 0)
        except re.error as e:
            out.append(str(e))
    for p in (r"\w", r"\d", r"\s", r"\W", r"\D", r"\S", r"(?a)\w", r"(?a)\s", r"(?i)[a-z]", r"(?ai)[a-z]", r"\b\w\b", "."):
        out.append(1 if re.fullmatch(p, c) else 0)
    for p in (rb"\w", rb"\s", rb"(?i)[a-z]", rb"(?L)\w", rb"."):
        out.append(1 if re.fullmatch(p, bytes([i])) else 0)
    print(i, "".join(map(str, out)))

# categories and case folding over a sample of the BMP (upy's Unicode
# tables are version 15, CPython 3.11's version 14: newer scripts differ)
for p in (r"\w", r"\d", r"\s"):
    r = re.compile(p)
    print(p, sum(1 for i in range(0, 0x10000, 7) if r.match(chr(i))))
pairs = [(0x41, 0x61), (0xc9, 0xe9), (0x3a3, 0x3c2), (0x1c4, 0x1c5), (0x212a, 0x6b), (0x17f, 0x53), (0x130, 0x69),
         (0x131, 0x49), (0x1e9e, 0xdf), (0x2126, 0x3c9), (0x10400, 0x10428), (0x390, 0x1fd3), (0xfb05, 0xfb06),
         (0x345, 0x3b9), (0x1fbe, 0x399), (0x3d0, 0x392), (0x1e9b, 0x1e61), (0x2c2f, 0x2c5f), (0xa7c0, 0xa7c1)]
for a, b in pairs:
    print(hex(a), hex(b), bool(re.match("(?i)" + chr(a), chr(b))), bool(re.match("(?i)[" + chr(a) + "]", chr(b))),
          bool(re.match("(?i)[^" + chr(a) + "]", chr(b))))
print(re.findall(r"\w+", "".join(chr(i) for i in range(0x2000, 0x2100))))
