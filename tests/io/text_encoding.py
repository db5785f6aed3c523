# Encodings and error handlers of text files.
import _tmpdir
from _tmpdir import show

D = _tmpdir.make("text_encoding")
p = D + "/enc.txt"

for enc in ["utf-8", "UTF8", "latin-1", "latin1", "iso-8859-1", "ascii"]:
    with open(p, "w", encoding=enc) as f:
        print(enc, f.encoding, f.errors, f.write("abc\xe9\n" if enc != "ascii" else "abc\n"))
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding=enc) as f:
        print(repr(f.read()))

show(lambda: open(p, encoding="no-such-codec"))
show(lambda: open(p, encoding=5))
show(lambda: open(p, errors=5))

with open(p, "wb") as f:
    f.write(b"ok \xff\xfe end\n\xc3\xa9\n")
with open(p, encoding="utf-8") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason, e.encoding)
for errors in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
    with open(p, encoding="utf-8", errors=errors) as f:
        print(errors, ascii(f.read()))
    with open(p, encoding="utf-8", errors=errors) as f:
        print(errors, ascii(f.readline()), ascii(f.read(1)))
with open(p, encoding="ascii", errors="replace") as f:
    print(ascii(f.read()))
with open(p, encoding="latin-1") as f:
    print(ascii(f.read()))

# encoding errors on write
with open(p, "w", encoding="ascii") as f:
    try:
        f.write("caf\xe9")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError")
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("caf\xe9 \u20ac")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", encoding="latin-1", errors="xmlcharrefreplace") as f:
    f.write("caf\xe9 \u20ac")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("a\udcffb")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w") as f:
    try:
        f.write("\ud800")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError")

# multi-byte characters split across reads
with open(p, "w") as f:
    f.write("é" * 10000)
with open(p) as f:
    parts = []
    while True:
        s = f.read(3)
        if not s:
            break
        parts.append(s)
print(len(parts), set("".join(parts)))

_tmpdir.rmtree(D)
