for s in ['', "'", '"', '\'"', 'a\nb', '\t', '\\', '\x00', '\x7f', '\x80', '\xa0', '\xad', 'é', '\u200e', '\u2028', '\ufffe', '\U0001f600', '\U0010ffff', '\ud800', 'x' * 3]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(b''), repr(b"'"), repr(b'"'), repr(b'\'"'), repr(bytearray(b'\'"')), repr(b'\x80\xff\t\n\r\x0b'))
print(str(1.0), repr(1.0), str([1.0]), repr('1.0'), repr(['a']), repr(('a',)), repr({'a'}), repr({'a': 'b'}))
class R:
    def __repr__(self): return 'R\n'
print([R()], repr([R()]), (R(),), {R(): 1} if False else '')
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
print(repr(repr), repr(len)[:20], repr(int), repr(type(None)), repr(ValueError), repr(object)[:14])
