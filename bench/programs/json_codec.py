# json: encoding and decoding a document of nested lists, dicts, strings
# and numbers.
import json

doc = {
    "users": [
        {"id": i, "name": "user%d" % i, "email": "user%d@example.com" % i,
         "score": i * 1.5, "active": i % 3 == 0, "tags": ["a", "b", "c%d" % (i % 7)],
         "address": {"street": "%d Main St" % i, "zip": "%05d" % i}}
        for i in range(2000)
    ],
    "meta": {"count": 2000, "note": "caf\u00e9 \"quoted\" \\ back"},
}

total = 0
for _ in range(15):
    s = json.dumps(doc)
    back = json.loads(s)
    total += len(s) + len(back["users"])
print(total)
