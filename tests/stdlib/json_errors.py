import json
bad = ['', ' ', '{', '}', '[', '[1,', '[1 2]', '{"a" 1}', '{"a":}', '{a:1}', '{"a":1,}', '[1,]', 'tru', 'nul', 'fals', '01', '-', '1.', '1e', '.5',
       '"abc', '"\\x"', '"\\u12"', '"\\ud800"', '"a\nb"', '[1]x', '{"a":1} {}', 'NaNx', '"\\', '[', '{"a":1', '1 2', '[,1]', '{,}', '"\t"', '\ufeff1', '[1]]', '--1', '+1', 'Infinityx', '1e400']
for s in bad:
    try:
        print(repr(s), '->', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '->', type(e).__name__, e, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(s), '->', type(e).__name__, e)
try: json.loads(b'\xff')
except Exception as e: print(type(e).__name__, e)
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
print(json.loads(b'[1]'), json.loads(bytearray(b'{"a": 2}')), json.loads('"\\ud83d\\ude00"'), json.loads('NaN') != json.loads('NaN'), json.loads('-Infinity'))
print(issubclass(json.JSONDecodeError, ValueError))
e = None
try: json.loads('{\n  "a": 1,\n  "b" 2}')
except json.JSONDecodeError as ex: e = ex
print(e.msg, e.doc[:5], e.pos, e.lineno, e.colno)
