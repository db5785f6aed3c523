# bytes: constructors, operators, indexing, comparisons, errors.
print(bytes(), bytes(2), bytes([0, 1, 127, 128, 255]), bytes(b'x'), bytes('ab', 'ascii'), bytes('é', 'latin-1'))
print(bytes(range(3)), bytes(bytearray(b'ba')), bytes(x for x in [65, 66]))
for bad in [lambda: bytes('a'), lambda: bytes([300]), lambda: bytes(-2), lambda: bytes(None), lambda: bytes('a', 'nope'), lambda: bytes(1, 'utf-8'), lambda: bytes('é', 'ascii')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b = b'hello world'
print(b[0], b[-1], b[1:4], b[::3], b[100:], b[-100:2], len(b))
try:
    b[20]
except IndexError as e:
    print('IndexError', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
print(b + b'!', b * 2, 2 * b'ab', b'' * 5, b'ab' * -1)
try:
    b + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    b + bytearray(b'1')
    print('ok', type(b + bytearray(b'1')).__name__)
except TypeError as e:
    print('TypeError', e)
print(b'abc' < b'abd', b'abc' < b'ab', b'' < b'a', b'\xff' > b'\x00', b'a' == 'a', b'a' != 'a')
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError', e)
print(b'w' in b, 111 in b, b'' in b, b'xyz' in b)
try:
    'a' in b
except TypeError as e:
    print('TypeError', e)
try:
    300 in b
except ValueError as e:
    print('ValueError', e)
print(hash(b'abc') == hash(b'abc'), {b'a': 1}[b'a'])
print(list(b'abc'), tuple(b'\x00\x01'), sorted(b'cab'), max(b'xyz'), sum(b'\x01\x02'))
print(repr(b'\n\t\r\x7f\x80\\\'"'), repr(b"'"), repr(b'"\''), str(b'a'))
print(b'%s %d %x %r %c %c' % (b'a', 3, 255, b'q', 65, b'z'))
print(b'%(a)s-%(b)05d' % {b'a': b'AA', b'b': 42})
print(b'abc'.hex(), b''.hex(), bytes.fromhex('0a0B'), bytes.fromhex(''))
try:
    bytes.fromhex('0g')
except ValueError as e:
    print('ValueError', e)
print(b'a b  c'.split(), b'a b  c'.split(b' '), b'a,b'.split(b',', 1), b'abc'.rsplit(None), b'\n'.join([b'x', b'y']))
print(b'Hello'.ljust(8, b'.'), b'Hello'.rjust(8), b'  x  '.lstrip(), b'xxaxx'.strip(b'x'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'abc'.translate(None, b'b'))
print(b'hello'.removeprefix(b'he'), b'hello'.removesuffix(b'lo'), b'a.b.c'.rindex(b'.'))
print(b'One Two'.istitle(), b'ABC'.isupper(), b'abc1'.isalnum(), b'\x80'.isascii(), b'abc'.isascii())
print(b'ab\ncd\r\nef'.splitlines(), b'ab\ncd\n'.splitlines(True))
print(int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'), bytes([1]) * 3)
print(b'abc'.count(b''), b'aaaa'.count(b'aa'), b'abc'.find(98), b'abc'.index(b'c', 1, 3))
print(bytes(memoryview(b'abcdef')[1:3]), b'abcdef'[slice(1, None, 2)])
print(b'x'.decode('utf-8'), b'\xc3\xa9'.decode(), b'\xff'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
