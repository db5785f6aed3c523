import json
from collections import OrderedDict
d = {'b': [1, 2.5, None, True, False], 'a': {'x': 'y\n\u00e9\u2028'}, 'c': (1, 2)}
print(json.dumps(d)); print(json.dumps(d, sort_keys=True)); print(json.dumps(d, indent=2)); print(json.dumps(d, indent='\t', sort_keys=True))
print(json.dumps(d, separators=(',', ':'))); print(json.dumps(d, ensure_ascii=False)); print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=0))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}), json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1))
for bad in [float('inf')]:
    try: json.dumps(bad, allow_nan=False)
    except ValueError as e: print(e)
try: json.dumps({(1, 2): 3})
except TypeError as e: print(e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
try: json.dumps(object())
except TypeError as e: print(e)
try: json.dumps({1, 2})
except TypeError as e: print(e)
print(json.dumps(object(), default=lambda o: 'obj'), json.dumps(2**70), json.dumps('\x00\x1f"\\/'))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), E(indent=1).encode([1]))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5, 1e3, -0, 10000000000000000000000]'))
print(json.loads('{"a": [1, {"b": null}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict), json.loads('1.5', parse_float=str), json.loads('7', parse_int=float))
print(json.loads('NaN', parse_constant=lambda s: s.lower()))
import io
buf = io.StringIO(); json.dump({'k': [1, 2]}, buf, indent=1); print(buf.getvalue()); buf.seek(0); print(json.load(buf))
print(json.JSONDecoder().decode('[2]'), json.JSONDecoder().raw_decode('[2] rest'))
print(json.dumps("x", indent=4), json.dumps({"a": 1}, indent=-1), json.dumps([1, [2]], indent=None, separators=(', ', ': ')))
