# json: CPython's test_json pass/fail documents, float and int round-trips, separators and sort_keys of nested data.
import json
PASS1 = r'''
[
    "JSON Test Pattern pass1",
    {"object with 1 member":["array with 1 element"]},
    {},
    [],
    -42,
    true,
    false,
    null,
    {
        "integer": 1234567890,
        "real": -9876.543210,
        "e": 0.123456789e-12,
        "E": 1.234567890E+34,
        "":  23456789012E66,
        "zero": 0,
        "one": 1,
        "space": " ",
        "quote": "\"",
        "backslash": "\\",
        "controls": "\b\f\n\r\t",
        "slash": "/ & \/",
        "alpha": "abcdefghijklmnopqrstuvwyz",
        "ALPHA": "ABCDEFGHIJKLMNOPQRSTUVWYZ",
        "digit": "0123456789",
        "0123456789": "digit",
        "special": "`1~!@#$%^&*()_+-={':[,]}|;.</>?",
        "hex": "\u0123\u4567\u89AB\uCDEF\uabcd\uef4A",
        "true": true,
        "false": false,
        "null": null,
        "array":[  ],
        "object":{  },
        "address": "50 St. James Street",
        "url": "http://www.JSON.org/",
        "comment": "// /* <!-- --",
        "# -- --> */": " ",
        " s p a c e d " :[1,2 , 3

,

4 , 5        ,          6           ,7        ],"compact":[1,2,3,4,5,6,7],
        "jsontext": "{\"object with 1 member\":[\"array with 1 element\"]}",
        "quotes": "&#34; \u0022 %22 0x22 034 &#x22;",
        "\/\\\"\uCAFE\uBABE\uAB98\uFCDE\ubcda\uef4A\b\f\n\r\t`1~!@#$%^&*()_+-=[]{}|;:',./<>?"
: "A key can be any string"
    },
    0.5 ,98.6
,
99.44
,

1066,
1e1,
0.1e1,
1e-1,
1e00,2e+00,2e-00
,"rosebud"]
'''
doc = json.loads(PASS1)
print(len(doc), doc[8]['real'], doc[8]['e'], doc[8]['E'], doc[8][''], doc[8]['hex'] == '\u0123\u4567\u89AB\uCDEF\uabcd\uef4A', doc[-8:])
again = json.loads(json.dumps(doc))
print(again == doc, json.dumps(doc, sort_keys=True) == json.dumps(again, sort_keys=True), len(json.dumps(doc, indent=2)))
FAILS = ['"A JSON payload should be an object or array, not a string."', '["Unclosed array"', '{unquoted_key: "keys must be quoted"}', '["extra comma",]',
         '["double extra comma",,]', '[   , "<-- missing value"]', '["Comma after the close"],', '["Extra close"]]', '{"Extra comma": true,}',
         '{"Extra value after close": true} "misplaced quoted value"', '{"Illegal expression": 1 + 2}', '{"Illegal invocation": alert()}',
         '{"Numbers cannot have leading zeroes": 013}', '{"Numbers cannot be hex": 0x14}', '["Illegal backslash escape: \\x15"]', '[\\naked]',
         '["Illegal backslash escape: \\017"]', '[[[[[[[[[[[[[[[[[[[["Too deep"]]]]]]]]]]]]]]]]]]]]', '{"Missing colon" null}', '{"Double colon":: null}',
         '{"Comma instead of colon", null}', '["Colon instead of comma": false]', '["Bad value", truth]', "['single quote']", '["\ttab\tcharacter\tin\tstring\t"]',
         '["tab\\   character\\   in\\  string\\  "]', '["line\nbreak"]', '["line\\\nbreak"]', '[0e]', '[0e+]', '[0e+-1]', '{"Comma instead if closing brace": true,',
         '["mismatch"}', '["A\u001FZ control characters in string"]']
for i, doc in enumerate(FAILS):
    try:
        r = json.loads(doc)
        print(i, 'ok', r if i in (0, 17) else '')
    except json.JSONDecodeError as e:
        print(i, e.msg, e.pos, e.lineno, e.colno)
for f in (0.1, 1e-7, 1e16, 1.5e300, 5e-324, -0.0, 1 / 3, 2 ** 0.5, 123456789.123456789, 1e22, 1e21, 100.0):
    s = json.dumps(f); print(s, json.loads(s) == f, end='; ')
print()
for n in (0, -1, 2 ** 53 + 1, -2 ** 64, 10 ** 30):
    print(json.dumps(n), json.loads(json.dumps(n)) == n, end='; ')
print()
data = {'b': [1, {'d': 2, 'c': [3, {'f': None, 'e': True}]}], 'a': 'x'}
print(json.dumps(data, sort_keys=True, separators=(',', ':')))
print(json.dumps(data, sort_keys=True, indent=3))
print(json.dumps([[], {}, [[]], [{}], {'a': []}], indent=2))
print(json.loads('{"a": {"b": {"c": [1, [2, [3, {"d": []}]]]}}}'))
print(json.dumps('\u00e9\u4e2d\U0001f600', ensure_ascii=False), json.dumps('\u00e9\u4e2d\U0001f600'))
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\ud800x"') == '\U0001f600 \u00e9 \ud800x')
