# Codec error handlers on surrogates: backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass in utf-8/ascii/latin-1.
for enc in ("utf-8", "ascii", "latin-1"):
    for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
        for s in ("a\ud800b", "x\udc80y", "\udcff", "é\udc80"):
            try:
                print(enc, err, ascii(s), s.encode(enc, err))
            except UnicodeEncodeError as e:
                print(enc, err, ascii(s), "UnicodeEncodeError", e.start, e.end, e.reason)
for b, enc in ((b"a\x80b", "ascii"), (b"\xff\xfe", "utf-8"), (b"\xed\xa0\x80", "utf-8")):
    for err in ("surrogateescape", "backslashreplace", "surrogatepass", "replace"):
        try:
            print(enc, err, ascii(b.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, "UnicodeDecodeError", e.start, e.end, e.reason)
