# csv: reader/writer with the dialects and format parameters, quoting modes, DictReader/DictWriter, errors
import csv, io, os, tempfile

def rd(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=""), **kw)
        return list(r), r.line_num
    except csv.Error as e:
        return "Error: %s" % e
for text in ['a,b,c\r\n1,2,3\r\n', 'a,b\n\nc,d\n', '"x,y",z\n', '"multi\nline",end\n', '"q""uote",x', 'a,"b"c,d\n',
             ' a, b ,c\n', 'a,\n,b\n,\n', '"unterminated\n', 'x"y,z\n', '"a" ,b\n', '', '\n', 'a\r\nb\rc\n',
             '1,2.5,"s"\n', 'a\\,b,c\n', '"a\\"b",c\n', 'one field', 'a;b;"c;d"\n', 'a\tb\n']:
    print(repr(text), rd(text), rd(text, skipinitialspace=True), rd(text, delimiter=";"), rd(text, escapechar="\\"),
          rd(text, strict=True), rd(text, quoting=csv.QUOTE_NONE), rd(text, dialect="excel-tab"), rd(text, doublequote=False, escapechar="\\"))
print(rd('1,2.5,"s"\n', quoting=csv.QUOTE_NONNUMERIC), rd('1,,2\n', quoting=csv.QUOTE_NONNUMERIC))
try: rd('x,1\n', quoting=csv.QUOTE_NONNUMERIC)
except ValueError as e: print("ValueError:", e)
print(list(csv.reader(["a,b", "c,d"])), list(csv.reader(["a,b\r\n"])))
try: list(csv.reader([b"a,b"]))
except csv.Error as e: print("Error:", e)
try: list(csv.reader(['a\nb,c']))
except csv.Error as e: print("Error:", e)

def wr(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        rets = [w.writerow(r) for r in rows]
        return repr(s.getvalue()), rets
    except csv.Error as e:
        return "Error: %s" % e
rows = [["a", "b,c", 'd"e', "f\ng", "", None, 1, 2.5, True, -0.0, 1e20], [""], [], [None], ["x y", " lead", "q'"]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"quoting": csv.QUOTE_NONE},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"doublequote": False}, {"doublequote": False, "escapechar": "\\"},
           {"delimiter": ";", "lineterminator": "\n"}, {"dialect": "unix"}, {"dialect": "excel-tab"}, {"quotechar": "'"},
           {"escapechar": "\\"}, {"lineterminator": "X"}]:
    print(kw, wr(rows, **kw))
print(wr(["abc"]), wr([(1, 2)]), wr([iter([3, 4])]))
for bad in [[1], [None, 5]]:
    print(wr(bad))
s = io.StringIO(); w = csv.writer(s); w.writerows([[1, 2], [3, 4]]); print(repr(s.getvalue()))

for kw in [dict(delimiter="ab"), dict(delimiter=1), dict(quotechar="ab"), dict(quoting=9), dict(quotechar=None), dict(lineterminator=1),
           dict(escapechar="ab"), dict(delimiter="\n"), dict(foo=1), dict(quoting="x"), dict(quotechar=None, quoting=csv.QUOTE_ALL)]:
    try:
        r = csv.reader([], **kw); print(kw, "ok", repr(r.dialect.quotechar), r.dialect.quoting)
    except TypeError as e: print(kw, "TypeError:", e)
try: csv.get_dialect("nope")
except csv.Error as e: print("Error:", e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter, wr([["a", 1]], dialect="pipes"), rd('"a"|b\n', dialect="pipes"))
class Semi(csv.excel): delimiter = ";"
print(wr([["a", "b;c"]], dialect=Semi), rd("a;b\n", dialect=Semi()), csv.get_dialect("excel").lineterminator == "\r\n")
csv.unregister_dialect("pipes")
try: csv.unregister_dialect("pipes")
except csv.Error as e: print("Error:", e)
class Bad(csv.Dialect): delimiter = ","
for cls in [Bad, csv.Dialect]:
    try: cls()
    except csv.Error as e: print("Error:", e)
d = csv.excel(); print(d.delimiter, repr(d.lineterminator), d.quoting, d.escapechar, d.doublequote, d._valid)
r = csv.reader([]); dd = r.dialect; print(dd.strict, dd.skipinitialspace, dd.escapechar, type(r).__name__, type(csv.writer(io.StringIO())).__name__)
try: dd.delimiter = ";"
except AttributeError: print("AttributeError: read-only dialect")
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try: list(csv.reader(["a" * 20]))
except csv.Error as e: print("Error:", e)
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))

d = tempfile.mkdtemp(); fn = os.path.join(d, "t.csv")
with open(fn, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["name", "age", "city"])
    print(w.writeheader())
    w.writerow({"name": "Ann", "age": 30, "city": "Paris, FR"})
    w.writerows([{"name": "Bob", "age": 25}, {"name": 'Q"t', "city": "x\ny"}])
with open(fn, newline="") as f: print(repr(f.read()))
with open(fn, newline="") as f:
    r = csv.DictReader(f)
    print(r.fieldnames, r.line_num)
    for row in r: print(row, r.line_num)
with open(fn, newline="") as f:
    print(list(csv.DictReader(f, fieldnames=["a", "b"], restkey="rest")))
print(list(csv.DictReader(["a,b,c", "1", "", "1,2,3,4"], restval="-")))
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
w = csv.DictWriter(io.StringIO(), ["a"])
try: w.writerow({"a": 1, "zz": 2})
except ValueError as e: print("ValueError:", e)
s = io.StringIO(); csv.DictWriter(s, ["a"], extrasaction="ignore").writerow({"a": 1, "zz": 2}); print(repr(s.getvalue()))
try: csv.DictWriter(s, ["a"], extrasaction="bogus")
except ValueError as e: print("ValueError:", e)
os.remove(fn); os.rmdir(d)
sn = csv.Sniffer().sniff("a;b;c\n1;2;3\n4;5;6\n"); print(sn.delimiter, sn.quotechar)
print(csv.Sniffer().has_header("name,age\nAnn,30\nBob,25\n"), csv.Sniffer().has_header("1,2\n3,4\n"))
