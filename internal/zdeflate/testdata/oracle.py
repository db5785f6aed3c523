# The differential test's oracle: runs CPython's zlib on the cases listed
# in a manifest and writes each case's output chunks.
#
# usage: python3 oracle.py DIR   (DIR holds manifest.json and the inputs)
# Each manifest entry: {"id", "input", "kind": "compress"|"obj", level,
# wbits, memLevel, strategy, "zdict": input file or null, "ops": [[op, a, b]]}
# with op "c" (compress input[a:b]) or "f" (flush mode a). The output
# DIR/out/<id> holds each chunk as a 4-byte little-endian length and bytes.
import json
import os
import struct
import sys
import zlib

d = sys.argv[1]
os.makedirs(os.path.join(d, "out"), exist_ok=True)
cache = {}


def load(name):
    if name not in cache:
        with open(os.path.join(d, name), "rb") as f:
            cache[name] = f.read()
    return cache[name]


with open(os.path.join(d, "manifest.json")) as f:
    cases = json.load(f)
for c in cases:
    data = load(c["input"])
    chunks = []
    if c["kind"] == "compress":
        chunks.append(zlib.compress(data, c["level"], c["wbits"]))
    else:
        kw = {}
        if c.get("zdict"):
            kw["zdict"] = load(c["zdict"])
        o = zlib.compressobj(c["level"], zlib.DEFLATED, c["wbits"], c["memLevel"], c["strategy"], **kw)
        for op, a, b in c["ops"]:
            if op == "c":
                chunks.append(o.compress(data[a:b]))
            else:
                chunks.append(o.flush(a))
    with open(os.path.join(d, "out", c["id"]), "wb") as f:
        for ch in chunks:
            f.write(struct.pack("<I", len(ch)))
            f.write(ch)
