import json, os
fn = '/tmp/upytest_json_%d.json' % os.getpid()
obj = {'name': 'x', 'list': [1, 2.5, None, True], 'nested': {'k': 'é'}}
with open(fn, 'w') as f: json.dump(obj, f, indent=2, sort_keys=True)
with open(fn) as f: print(f.read())
with open(fn) as f: print(json.load(f) == obj)
with open(fn, 'w') as f: f.write('{"a": [1, 2,]}')
try:
    with open(fn) as f: json.load(f)
except json.JSONDecodeError as e: print(e.msg, e.lineno, e.colno)
os.remove(fn)
