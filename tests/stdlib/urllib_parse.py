# urllib.parse: urlsplit/urlparse and their inverses, result attributes, urljoin (RFC 3986 examples), quoting, query strings
from urllib.parse import *
import urllib.parse as up
urls = ["http://www.example.com/path/to;params?q=1&r=2#frag", "https://user:pw@Host.Example.COM:8080/a/b?x#y",
        "ftp://ftp.is.co.za/rfc/rfc1808.txt", "mailto:John.Doe@example.com", "news:comp.infosystems.www.servers.unix",
        "tel:+1-816-555-1212", "urn:oasis:names:specification:docbook:dtd:xml:4.1.2", "//netloc/only", "/just/a/path",
        "relative/path?q", "?query", "#frag", "", "http://[::1]:80/x", "http://[fe80::1%25eth0]/", "HTTP://X.COM",
        "  http://lead.space/ ", "http://a/b\t/c\n", "file:///etc/passwd", "path;p1;p2/seg;p3", "http://h/p;a?q#f#g",
        "http://host:/x", "http://@host", "svn+ssh://x/y", "1http://bad", "a.b-c+d:rest", "http://h?q=a:b", "http://a/b/c/d;p?q"]
for u in urls:
    s, p = urlsplit(u), urlparse(u)
    print(repr(u), tuple(s), tuple(p), s.geturl(), p.geturl(), urlunsplit(s), urlunparse(p))
    try: print("  ", s.username, s.password, s.hostname, s.port)
    except ValueError as e: print("   ValueError:", e)
print(urlsplit("x#f", allow_fragments=False), urlsplit("//h/p", scheme="https"), urlparse("p", "ftp"))
for bad in ["http://[::1/x", "http://h:99999/", "http://h:abc/", "http://h:-1/"]:
    try: r = urlsplit(bad); print(r, r.port)
    except ValueError as e: print("ValueError:", e)
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./",
            "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x",
            "g#s/../x", "http:g", "https:g", "mailto:x"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("http://a/b/", "c"), urljoin("", "x"), urljoin("http://a", "b"), urljoin("http://a/b", ""), urljoin("mailto:a", "b"))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"), urldefrag("http://a/b#").geturl())
for s in ["abc def", "a/b c", "é ü €", "~user/_x-.y", "a+b=c&d", "", "%", "100%", "\x00\x7f", "日本"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote(s, safe="/ "), quote_plus(s, safe="/"))
print(quote(b"a b\xff"), quote_from_bytes(b"/x y"), quote("é", encoding="latin-1"), quote("é", encoding="ascii", errors="replace"))
for s in ["abc%20def", "%E2%82%AC", "%e2%82%ac%20x", "%zz%4", "a+b%2Bc", "%", "%C3", "%C3%A9%C3", "plain", "%41%42", "a%2"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, encoding="latin-1")))
print(unquote(b"a%20b"), unquote_to_bytes(""), repr(unquote("")))
for q in ["a=1&b=2&a=3", "a=&b", "x=%20y+z&w=%E2%82%AC", "", "&&a=1&", "k=v=w", "a;b=1", "=v", "a=1;b=2"]:
    print(repr(q), parse_qs(q), parse_qsl(q), parse_qs(q, keep_blank_values=True), parse_qsl(q, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qs(b"a=1&b=%20"))
for bad in [lambda: parse_qsl("a=1&b", strict_parsing=True), lambda: parse_qsl("a=1&b=2", max_num_fields=1), lambda: parse_qsl("a", separator=None)]:
    try: print(bad())
    except ValueError as e: print("ValueError:", e)
print(urlencode({"a": 1, "b": "x y", "c": "é&"}), urlencode([("a", "1"), ("a", "2")]), urlencode({"k": [1, 2]}), urlencode({"k": [1, 2]}, doseq=True))
print(urlencode({"p": "/x y"}, safe="/"), urlencode({"p": "a b"}, quote_via=quote), urlencode({b"k": b"v w"}), urlencode({"k": (1, "a b")}, doseq=True), urlencode([]))
try: urlencode("abc")
except TypeError as e: print("TypeError:", e)
r = urlparse("http://u:p@h:1/x"); print(r._replace(netloc="other").geturl(), r.encode(), urlsplit(b"http://h/p?q"), urlparse(b"x://y").scheme)
print(urlunparse(("http", "h", "/p", "", "", "")), urlunsplit(("", "", "p", "q", "f")), urlunsplit(("http", "", "p", "", "")), urlunsplit(("mailto", "", "x@y", "", "")))
try: urljoin("http://a", b"b")
except TypeError as e: print("TypeError:", e)
print(isinstance(urlsplit("x"), tuple), type(urlparse("x")).__name__, urlparse("x")._fields)
