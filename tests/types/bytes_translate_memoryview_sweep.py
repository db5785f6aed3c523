# bytes/bytearray/memoryview methods and formatting, str.translate/maketrans tables.
snips = r'''
'abc'.translate({97: 'XY', 98: None, 99: 100})
'abc'.translate({'a': 'b'})
str.maketrans({'a': 1, 98: 'q'})
str.maketrans({'ab': 1})
str.maketrans('a', 'b', 'c')[99]
b'abc'.translate(b'x' * 256)
b'abc'.translate(bytes(range(256)), b'b')
bytearray(b'abc').translate(None, b'a')
b'hello'.replace(b'l', b'L', 1)
b'a-b-c'.split(b'-', maxsplit=1)
b'  x '.strip(b' x')
bytes.maketrans(b'ab', b'cd')[:100].count(b'c')
bytearray(b'abc').upper()
type(bytearray(b'a').upper()).__name__
bytearray(b'a') + b'b'
b'b' + bytearray(b'a')
type(b'b' + bytearray(b'a')).__name__
bytearray(b'xyz')[1]
bytearray(b'xyz')[1:]
bytearray(5)[::2]
memoryview(b'abc').tobytes()
memoryview(b'abc')[::-1].tobytes()
memoryview(bytearray(b'abc')).tolist()
bytes(memoryview(b'abcdef')[1:5:2])
memoryview(b'ab') == b'ab'
memoryview(b'ab').hex()
len(memoryview(b'abcd')[1:])
memoryview(b'x').readonly
memoryview(bytearray(b'x')).readonly
memoryview(b'abc').cast('B').format
memoryview(bytes(8)).cast('i').tolist()
memoryview(b'abcd').nbytes
b'%b %s' % (b'x', b'y')
b'%a' % 'é'
b'%r' % b'x'
b'%c' % 256
b'%5s|%-5s|' % (b'ab', b'cd')
b'%x %o %e' % (255, 8, 1.5)
b'abc'.center(7, b'-')
b'a'.join([b'1', bytearray(b'2'), memoryview(b'3')])
b''.join([])
b'x'.join([1])
bytes.fromhex('  01 02  ')
bytes.fromhex('1')
b'\x00\xff'.hex('-')
b'abcdef'.hex(':', 2)
b'abcdef'.hex(':', -2)
bytes(3).isalnum()
b'ab12'.isalnum()
b'Ab'.istitle()
b'x\ty'.expandtabs()
b'abc'.startswith((b'x', b'a'))
b'abc'.find(b'c', -1)
b'abc'.rfind(99)
b'aXbXc'.rsplit(b'X', 1)
b'a\r\nb\rc\nd'.splitlines(keepends=True)
b'abc' * 0
b'ab' < b'abc'
[b'b', b'a'][0] > b'a'
bytes([1, 2]) == bytearray([1, 2])
hash(b'abc') == hash(bytes(bytearray(b'abc')))
int.from_bytes(bytearray(b'\x01\x02'), 'little')
bytes(reversed(b'abc'))
b'abc'.removeprefix(b'a')
bytearray(b'abc').removesuffix(b'c')
b'ABC'.lower().upper().swapcase()
b'hello world'.title()
b'a,b'.partition(b',')
bytes(b'a').decode('ascii', errors='strict')
str(b'abc', encoding='ascii')
b'abc'.decode(encoding='utf-8', errors='replace')
'%s' % b'x'
f'{b"x"}'
'{!r}'.format(bytearray(b'q'))
'''
for line in snips.strip().split('\n'):
    try:
        r = eval(line)
        print(line, '->', repr(r))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
