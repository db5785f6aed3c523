# str with non-ASCII text: indexing, slicing, methods, case mapping, encoding round trips.
s = 'héllo wörld ñ 日本語 😀!'
print(len(s), s[1], s[-2], s[12:15], s[::-1], s.upper(), s.title(), s.find('日'), s.index('😀'), s.count('l'))
print(s.encode('utf-8'), len(s.encode()), s.encode('utf-8').decode() == s, s.encode('ascii', 'replace'), s.encode('latin-1', 'ignore'))
print([c for c in '😀a'], list(map(ord, 'aé日😀')), ''.join(map(chr, [104, 233, 26085, 128512])))
print('ǆ'.upper(), 'ǆ'.title(), 'ǅ'.lower(), 'ß'.upper(), 'ﬃ'.upper(), 'İ'.lower(), len('İ'.lower()), 'Σ'.lower(), 'ΌΣΟΣ'.lower())
print('straße'.casefold() == 'STRASSE'.casefold(), 'ß'.casefold(), 'ﬁ'.casefold())
print('日本'.isalpha(), '١٢٣'.isdecimal(), '①'.isdigit(), '①'.isdecimal(), 'Ⅻ'.isnumeric(), '\u00a0'.isspace(), '\u2028'.isspace(), 'ǅ'.istitle())
print('é'.isascii(), 'e'.isascii(), 'a\u0301' == 'á', len('a\u0301'), 'x\u200by'.isprintable(), '\u00ad'.isprintable())
print('%s|%5s|%-5s|' % ('日', 'é', 'ñ'), '{:^7}'.format('日本'), f'{"ü":*>4}', 'ab'.center(6, '日'))
print('a,b;c d'.split(','), 'α β\u3000γ'.split(), 'x\u2029y'.splitlines(), '日本語'.replace('本', 'ほん'))
print(sorted(['é', 'e', 'f', 'É', 'z', 'ä']), max('héllo'), min('日本語'), 'ä' < 'z', 'Z' < 'a')
print(repr('\u00e9\u200b\U0001f600\x7f\x00\ud800'), ascii('日本\n'), str('ü'.encode('utf-8'), 'utf-8'))
print('%r' % 'ü', '%a' % 'ü', '{!a}'.format('日'), 'é'.encode('unicode_escape') if False else '')
t = 'αβγ'
print(t.startswith('α'), t.endswith('γ'), t.partition('β'), t.zfill(5), t.ljust(5, '.'), t * 2, t.swapcase())
print(''.join(sorted('türkçe')), 'Ünïcödé'.lower().translate(str.maketrans('üïöé', 'uioe')))
b = 'h€llo'.encode('utf-8')
print(b, b.decode('utf-8', 'strict'), b[:2].decode('utf-8', 'replace'), b[:2].decode('utf-8', 'ignore'), b[:2].decode('utf-8', 'backslashreplace'))
try:
    b[:2].decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.start, e.end, e.reason)
try:
    'h€llo'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.start, e.end, e.reason, repr(e.object[e.start:e.end]))
print('é'.encode('utf-16-le'), 'é😀'.encode('utf-16'), '😀'.encode('utf-32-be'), b'\xff\xfe\xe9\x00'.decode('utf-16'))
print(chr(0x1F600).encode('utf-8').hex(), bytes('€', 'utf-8').hex(' '), int('٣٤'), float('٣.٥'))
