# Unicode: \w \d \s, case folding, positions in code points.
import re

s = "naïve café, Ünïcode—日本語 テキスト 123 ٣٤ \u00a0x"
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.A))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.A))
print(re.findall(r"\s", s), re.findall(r"\s", s, re.A))
print([m.span() for m in re.finditer(r"\w+", s)])
print(re.search("日本", s).span(), re.search("テ.+?ト", s).group())
m = re.search(r"(é)(,)", s)
print(m.span(), m.span(1), m.regs, m.start(2), m.end())
print(re.sub(r"[^\x00-\x7f]", "?", s))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "élan vital über"))
print(re.split(r"\W+", "ça, va? très-bien"))
for a, b in (("é", "É"), ("ß", "ẞ"), ("σ", "ς"), ("σ", "Σ"), ("k", "\u212a"), ("s", "ſ"), ("i", "İ"), ("i", "ı"),
             ("ǆ", "ǅ"), ("ǆ", "Ǆ"), ("µ", "μ"), ("µ", "Μ"), ("θ", "ϑ"), ("ﬀ", "ff"), ("Å", "\u212b"), ("å", "\u212b"),
             ("ι", "\u0345"), ("ι", "\u1fbe"), ("ꭰ", "Ꭰ"), ("𐐨", "𐐀"), ("ⓐ", "Ⓐ"), ("ǰ", "J̌")):
    print(repr(a), repr(b), bool(re.fullmatch(a, b, re.I)), bool(re.fullmatch(b, a, re.I)),
          bool(re.fullmatch("[" + a + "]", b, re.I)), bool(re.fullmatch("[^" + a + "]", b, re.I)))
print(re.findall("(?i)straße", "STRASSE Straße STRAẞE"))
print(re.findall("(?i)[a-z]+", "Hello Wörld KELVIN\u212a"))
print(re.findall("(?i)[\u00e0-\u00ff]+", "ÀÉÎõü"))
print(re.match("(?i)(é)\\1", "éÉ"), re.match("(?i)(\u212a)\\1", "\u212ak"))
print(re.search(r"\bwörld\b", "hello wörld!").span())
print(re.search(r"(?<=ö)r", "wörld").span(), re.search(r"(?<!ö)l", "wölrld").span())
print(re.compile("é").search("aéb", 1), re.compile("é").search("aéb", 2), re.compile("b").search("éééb", 1, 4))
print(re.match(r".", "\U0001F600").group(), len(re.match(r".+", "a\U0001F600b").group()))
print(re.findall("[\U0001F600-\U0001F64F]", "x\U0001F601y\U0001F64Az"))
print(re.match("\\ud800", "\ud800") is not None, re.findall(".", "a\udcffb"))
