import json
for s in ['[1, 2', '{"a": 1, "b"', '"\\ud800\\udc00"', '"\\u00e9"', '[1e5, -1E-2, 0.0, -0]', '  {"x" :[ ] }  ', '{"": null}', '[true,false,null]', '"\\/\\b\\f\\n\\r\\t"', '123456789012345678901234567890', '1.7976931348623157e309', '-']:
    try: print(repr(json.loads(s)))
    except ValueError as e: print(type(e).__name__, e)
print(json.dumps('\ud800'), json.dumps('\U0001f600'), json.dumps('\U0001f600', ensure_ascii=False), json.dumps([1.0, 1e-7, 123e20, 5e-324]))
print(json.dumps({'a': {'b': [1, {'c': []}]}}, indent=3, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2}, separators=(';', '='), sort_keys=True), json.dumps(True), json.dumps(None), json.dumps(-5))
try: json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e: print(e)
class F(float):
    def __repr__(self): return 'nope'
class I(int):
    def __repr__(self): return 'nope'
print(json.dumps([F(1.5), I(3)]))
try: json.loads('[1]', strict=False, bogus=1)
except TypeError as e: print('TypeError')
print(json.loads('"a\tb"', strict=False))
try: json.loads('"a\tb"')
except ValueError as e: print(e)
