# A hand-written JSON parser and pretty-printer, checked against the json module.
import json

class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at position {pos}')
        self.pos = pos

class Reader:
    WS = ' \t\n\r'
    ESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in self.WS:
            self.i += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise JSONError('extra data', self.i)
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise JSONError('unexpected end', self.i)
        c = self.s[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (('true', True), ('false', False), ('null', None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == '}':
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i] != '"':
                raise JSONError('expected key', self.i)
            k = self.string()
            self.ws()
            if self.s[self.i] != ':':
                raise JSONError("expected ':'", self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == '}':
                return out
            if c != ',':
                raise JSONError("expected ',' or '}'", self.i - 1)
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == ']':
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == ']':
                return out
            if c != ',':
                raise JSONError("expected ',' or ']'", self.i - 1)
    def string(self):
        self.i += 1
        buf = []
        while True:
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return ''.join(buf)
            if c == '\\':
                e = self.s[self.i + 1]
                if e == 'u':
                    buf.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                buf.append(self.ESC[e])
                self.i += 2
                continue
            buf.append(c)
            self.i += 1
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in '+-0123456789.eE':
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            raise JSONError('unexpected character', start)
        if any(ch in text for ch in '.eE'):
            return float(text)
        return int(text)

def pretty(v, indent=0, step=2):
    pad = ' ' * indent
    inner = ' ' * (indent + step)
    if isinstance(v, dict):
        if not v:
            return '{}'
        items = [f'{inner}{quote(k)}: {pretty(x, indent + step, step)}' for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(v, list):
        if not v:
            return '[]'
        return '[\n' + ',\n'.join(inner + pretty(x, indent + step, step) for x in v) + '\n' + pad + ']'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if v is None:
        return 'null'
    if isinstance(v, str):
        return quote(v)
    return repr(v)

def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)

doc = '''{"name": "upy", "version": [1, 2, 3], "nested": {"a": {"b": {"c": []}}, "empty": {}},
 "nums": [0, -1, 2.5, 1e3, -0.125, 12345678901234567890], "flags": [true, false, null],
 "text": "line\\nnext \\"quoted\\" \\u00e9\\u4e2d tab\\t slash\\/"}'''
v = Reader(doc).parse()
print(v == json.loads(doc))
out = pretty(v)
print(out)
print(out == json.dumps(v, indent=2))
print(json.loads(out) == v)
for bad in ['[1, 2', '{"a" 1}', '[1 2]', '{"a": 1,}', '', '[1] x', '{1: 2}']:
    try:
        Reader(bad).parse()
        print('parsed', bad)
    except (JSONError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
    try:
        json.loads(bad)
    except ValueError as e:
        print('json:', type(e).__name__)
