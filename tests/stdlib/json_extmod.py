# json in the style of MicroPython's extmod tests: dump to streams (IOBase subclasses), separators, loads of bytes and odd input.
import json, io
class S(io.IOBase):
    def __init__(self): self.parts = []
    def write(self, b):
        self.parts.append(b); return len(b)
s = S()
json.dump([1, 'two', {'three': 3.0}, None, True], s)
print(''.join(s.parts))
sio = io.StringIO(); json.dump({'a': [1, 2]}, sio, separators=(',', ':')); print(sio.getvalue())
sio = io.StringIO(); json.dump({'b': 1, 'a': [1, {}]}, sio, indent=1, sort_keys=True); print(sio.getvalue())
print(json.load(io.StringIO('[1, {"x": "y"}]')), json.load(io.BytesIO(b'{"k": [true, false, null]}')))
for sep in ((',', ':'), (', ', ': '), (';', '='), ('', ''), (' , ', ' : ')):
    print(json.dumps({'a': [1, 2], 'b': {'c': None}}, separators=sep))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps({}, indent=4), json.dumps([], indent=4), json.dumps([[]], indent=2), json.dumps({'a': {}}, indent='--'))
for doc in (b'[1, 2]', bytearray(b'{"a": 1}'), b'\xef\xbb\xbf[1]', '[1]'.encode('utf-16'), '{"k": "\u00e9"}'.encode('utf-16-le'), '[2]'.encode('utf-32'), '"x"'.encode('utf-16-be'), b'"\xc3\xa9"'):
    try: print(json.loads(doc))
    except Exception as e: print(type(e).__name__, e)
for doc in ('', ' ', '[', ']', '{"a"}', '{"a":}', '[1,]', 'nul', 'tru', '"\\u12"', '"\\ud800"', '1.', '.5', '01', '-', '1e', '+1', '[1] x', 'NaN', '-Infinity', '"\t"', '{"a":1,"a":2}'):
    try: print(repr(doc), repr(json.loads(doc)))
    except ValueError as e: print(repr(doc), type(e).__name__, e)
print(json.loads('"\t"', strict=False), json.loads('123456789012345678901234567890'), json.loads('1E400'), json.loads('-1e-400'), json.loads(' [ 1 , 2 ] '))
print(json.dumps('\u2028\x7f\x00'), json.dumps(float('1e16')), json.dumps(-0.0), json.dumps(1 / 3), json.dumps(2 ** 64), json.dumps((1, 2)), json.dumps('\U0001f600'))
for bad in (lambda: json.dumps(b'x'), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps(set()),
            lambda: json.dumps({1: 2}, sort_keys=True, skipkeys=False) and json.dumps({1: 2, 'a': 3}, sort_keys=True), lambda: json.loads(1), lambda: json.loads(None),
            lambda: json.dump(1), lambda: json.dumps(1, 2), lambda: json.dumps([1], indent=-1)):
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True), json.dumps({True: 1, None: 2, 1.5: 3}), json.loads('{"1": 1}', object_hook=lambda d: {int(k): v for k, v in d.items()}))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float), json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E), E(indent=2).encode([1]), list(E().iterencode([1, 'a'])) and ''.join(E().iterencode({'a': [1]})))
try: E().encode(object())
except TypeError as e: print(e)
d = json.JSONDecoder(); print(d.decode('[1]'), d.raw_decode('[1] trailing'), d.raw_decode('  {"a": 2}x', 2) if False else d.raw_decode('{"a": 2}x'))
try: d.raw_decode(' [1]')
except json.JSONDecodeError as e: print(e)
