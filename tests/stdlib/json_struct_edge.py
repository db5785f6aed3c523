import json, struct
print(json.dumps({'a': [1, 2.5, None, True, 'x']}), json.dumps([]), json.dumps('é'), json.dumps('é', ensure_ascii=False), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
print(json.dumps([1, {'k': 'v'}], indent=2))
print(json.dumps({'a': 1}, separators=(',', ':')), json.dumps(1e100), json.dumps(float('inf')) if False else '', json.dumps((1, 2)), json.dumps({1: 'int key'}))
print(json.loads('{"a": [1, 2.5, null, true, "x"]}'), json.loads('"\\u00e9"'), json.loads(' 5 '), json.loads('[]'), json.loads('1e3'), type(json.loads('1.0')).__name__)
for bad in ['{', '[1,]', "{'a': 1}", 'nul', '', '1 2']:
    try:
        json.loads(bad)
    except ValueError as e:
        print(type(e).__name__, isinstance(e, ValueError))
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
print(struct.pack('<hI', 1, 2), struct.pack('>d', 1.5), struct.unpack('<hI', b'\x01\x00\x02\x00\x00\x00'), struct.calcsize('<hI'), struct.calcsize('hI'))
print(struct.pack('3s', b'abcd'), struct.pack('?', 5), struct.unpack('>q', b'\xff' * 8), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1))[0])
try:
    struct.pack('b', 200)
except struct.error as e:
    print('struct.error', e)
try:
    struct.unpack('<I', b'ab')
except struct.error as e:
    print('struct.error', e)
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), struct.Struct('>H').pack(258), struct.Struct('>H').size)
