s = 'abracadabra'
for sub in ['a', 'ab', 'abra', 'z', '', 'bra', 'ra']:
    print(sub, s.count(sub), s.find(sub), s.rfind(sub), s.count(sub, 1), s.find(sub, 2, 8), s.rfind(sub, -5), s.startswith(sub, 7), s.endswith(sub, 0, 4))
for start, end in [(None, None), (0, 100), (-100, 3), (5, 2), (3, -3), (-1, None)]:
    print(start, end, s.count('a', start, end), s.find('a', start, end), s.rfind('a', start, end), s[start:end])
print(s.index('c'), s.rindex('a', 0, -1), s.split('a'), s.split('a', 2), s.rsplit('a', 2), s.partition('cad'), s.replace('a', '', 3))
