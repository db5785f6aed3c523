# str methods with unusual arguments (CPython test_string / string_tests style).
s = 'Hello, World'
print(s.find('o', -5), s.find('o', 5, 6), s.find('', 100), s.find('', 12), s.rfind('', 3), s.rfind('l', -100, -5))
print(s.count('l', 3), s.count('', 5), s.count('', 20), 'aaa'.count('a', -1), ''.count(''))
print(s.startswith(('x', 'He')), s.endswith(('ld', 'q'), 5), s.startswith('', 12), s.startswith('', 13), s.endswith('o', 0, 5))
print(s.split(', '), s.split('l'), s.split('l', 1), s.rsplit('l', 1), 'a  b'.split(' '), ' a b '.split(), ' a b '.split(None, 1), ' a b '.rsplit(None, 1))
print(''.split(), ''.split('x'), 'x'.split('x'), '\t\n a\x0bb\x1cc'.split(), 'a\u3000b'.split())
print('1,2,,3,'.split(','), 'abc'.split('abc'), 'aXbXc'.split('X', 0), 'aXbXc'.rsplit('X', -1))
try:
    'a'.split('')
except ValueError as e:
    print('ValueError', e)
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
print('x\n\n'.splitlines(), '\n'.splitlines(True), ''.splitlines())
print('  xx  '.strip(), 'xxhixx'.strip('x'), 'abcba'.strip('ab'), '..a..'.lstrip('.'), '..a..'.rstrip('.'), 'a'.strip(''), ' \t\n\x0b\x0c\r\x1c a'.lstrip())
print('abc'.center(7, '*'), 'abc'.center(6, '*'), 'abcd'.center(7), 'x'.ljust(0), 'x'.rjust(3, '0'), '-12'.zfill(5), '+x'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print('TypeError', e)
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(3), '\t'.expandtabs(0), 'x\ty\nz\tw'.expandtabs(2))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('x', 'y'), 'aaa'.replace('aa', 'b'), 'abc'.replace('b', '', -1))
print('-'.join(['a', 'b']), ''.join([]), ', '.join('abc'), '-'.join(x for x in 'xy'))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
print('hello world'.title(), "they're bill's".title(), 'HELLO'.capitalize(), 'hELLO wORLD'.swapcase(), 'ß'.upper(), 'ǅ'.lower(), 'ﬁ'.upper())
print('abc'.partition('b'), 'abc'.partition('x'), 'abcb'.rpartition('b'), 'abc'.rpartition('x'))
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError', e)
print('abc'.index('c'), 'abcabc'.rindex('b'))
for call in [lambda: 'abc'.index('x'), lambda: 'abc'.rindex('x')]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
t = str.maketrans('abc', 'xyz', 'd')
print('abcd'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}), str.maketrans({'a': 'b'}), 'abc'.translate({97: 120}))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print('ValueError', e)
print('abc'.removeprefix('ab'), 'abc'.removeprefix('x'), 'abc'.removesuffix('bc'), 'abc'.removesuffix(''))
print('Ab1'.isalnum(), ''.isalnum(), '١٢'.isdigit(), '½'.isnumeric(), '½'.isdigit(), '²'.isdecimal(), '²'.isdigit(), 'a b'.isidentifier(), '_x1'.isidentifier(), 'class'.isidentifier())
print('\t'.isprintable(), 'a'.isprintable(), ''.isprintable(), ' '.isspace(), 'Title Case'.istitle(), 'ABC1'.isupper(), 'abc1'.islower(), '1'.islower())
print('%s|%5s|%-5s|%.2s|%r|%a' % ('x', 'ab', 'cd', 'xyz', 'q', 'é'))
print(str(), str(1), str(b'x'), str(b'x', 'ascii'), str(bytearray(b'y'), errors='strict', encoding='utf-8'), str(object=5))
print('abc'[::-1], 'abcdef'[-2:], 'é'.encode(), 'A'.casefold(), 'ß'.casefold(), 'x' * 3, 3 * 'y', 'a' < 'b', 'a' < 'B', 'é' > 'z')
print(ascii('é\n'), repr('\x00\u200b\U0001f600'), 'abc'.encode('utf-16-le'), len('\U0001f600'), ord('\U0001f600'))
