# json: encoder and decoder paths (escapes, circular references at any depth, key memo, hooks, sizes).
import json
s = 'plain \x7f \x00\x1f "q" \\ / \u00e9 \u20ac \U0001f600 \ud800 \udc00x'
for ea in (True, False):
    print(ascii(json.dumps(s, ensure_ascii=ea)))
    print(ascii(json.dumps({s: [s, {s: s}]}, ensure_ascii=ea)))
print(json.loads(json.dumps(s)) == s)
# circular references at every depth
for depth in (1, 5, 15, 16, 17, 40):
    root = []
    cur = root
    for i in range(depth):
        nxt = []
        cur.append(nxt)
        cur = nxt
    cur.append(root)
    try: json.dumps(root)
    except ValueError as e: print(depth, e)
    d = {}
    cur = d
    for i in range(depth):
        cur['k'] = {}
        cur = cur['k']
    cur['loop'] = d
    try: json.dumps(d)
    except ValueError as e: print(depth, e)
    try: json.dumps(d, check_circular=False)
    except RecursionError as e: print(depth, 'RecursionError')
# the same object twice (not circular)
x = [1, 2]
deep = x
for i in range(30):
    deep = [deep, x]
print(len(json.dumps(deep)), json.dumps([x, x, {'a': x}]))
# default hook and circularity through it
class C: pass
c = C()
def dflt(o):
    if isinstance(o, C):
        return [o]
    raise TypeError('no')
try: json.dumps(c, default=dflt)
except ValueError as e: print(e)
print(json.dumps([C()], default=lambda o: {'C': 1}))
# decoding: repeated keys share values, duplicates keep the last
doc = '[' + ','.join('{"id": %d, "name": "n%d", "tags": ["a", "b"], "x": {"id": %d}}' % (i, i, -i) for i in range(50)) + ']'
v = json.loads(doc)
print(len(v), v[3], v[49]['x'], sorted(v[0]))
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3, "a": 4}}'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[{"k": [1, {"k": [2, {"k": []}]}]}, [], {}, [[]], [{}]]'))
print(json.loads('{"a\\n": "b\\u00e9\\ud83d\\ude00", "\\u0041": "plain", "": ""}'))
print(json.loads('{"z": 1, "y": [1, 2, {"x": null}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2.5, -0, -0.0, 1e5, 1E-2, 12345678901234567890, true, false, null]'))
for bad in ('[1, 2', '{"a": [1, }', '{"a" 1}', '["abc', '["a\\x"]', '[1,,2]', '{"a": 1,}', '{"\\ud800": 1', '[' * 5 + ']' * 4):
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(repr(bad), e.msg, e.pos, e.lineno, e.colno)
# a big document round-trips; dumps of different sizes one after the other
big = {'users': [{'id': i, 'score': i * 1.5, 'name': 'u%d' % i, 'ok': i % 2 == 0} for i in range(3000)]}
s1 = json.dumps(big)
print(len(s1), json.loads(s1) == big, json.dumps(1), json.dumps([]), len(json.dumps(big, indent=2)))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', -7: 'e', 1e100: 'f', float('inf'): 'g'}))
print(json.dumps([1.0, -0.0, 1e-7, 1e16, 123456789.125, float('nan'), 2**70, -2**63]))
class I(int): pass
class F(float): pass
class S(str): pass
print(json.dumps([I(5), F(2.5), S('s'), {S('k'): I(1)}, True]))
print(json.dumps({'b': 1, 'a': [3, {'d': 1, 'c': 2}]}, sort_keys=True, indent='\t', separators=(',', '= ')))
