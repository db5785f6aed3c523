# Reads JSON requests (pattern, flags, string, mode) one per line and
# answers with CPython's result, for the differential test.
import json, re, sys, warnings
warnings.simplefilter("ignore")
for line in sys.stdin:
    req = json.loads(line)
    pat, flags, s, mode = req["p"], req["f"], req["s"], req["m"]
    if req.get("b"):
        pat, s = pat.encode("latin-1"), s.encode("latin-1")
    try:
        r = re.compile(pat, flags)
    except re.error as e:
        print(json.dumps("error: %s" % e)); sys.stdout.flush(); continue
    except Exception as e:
        print(json.dumps("%s: %s" % (type(e).__name__, e))); sys.stdout.flush(); continue
    if mode == "findall":
        out = [(m.span(),) + tuple(m.span(g) for g in range(1, r.groups + 1)) + (m.lastindex,) for m in r.finditer(s)]
        print(json.dumps(repr(out)))
    else:
        m = (r.match if mode == "match" else r.search if mode == "search" else r.fullmatch)(s)
        if m is None:
            print(json.dumps("None"))
        else:
            print(json.dumps(repr((m.span(),) + tuple(m.span(g) for g in range(1, r.groups + 1)) + (m.lastindex,))))
    sys.stdout.flush()
