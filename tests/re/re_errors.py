import re
for pat in ['(', ')', '[a', 'a{2,1}', '*a', 'a**', '(?P<1>x)', '(?P<a>x)(?P<a>y)', '\\', '(?<=a+)b', 'a{1', '[z-a]', '(?z)', '\\1', '(?P=n)']:
    try: re.compile(pat); print(pat, 'ok')
    except re.error as e: print(pat, '->', e.msg, e.pos)
m = re.match(r'(?P<k>\w+)=(?P<v>\d+)?', 'key=')
print(m.group('k'), m.group('v'), m.groups(), m.groups('-'), m.groupdict(), m.span(2), m.start(), m.end(1), m.lastindex, m.lastgroup, m.re.pattern)
for bad in (lambda: m.group(3), lambda: m.group('x'), lambda: re.sub('a', '\\2', 'a'), lambda: re.compile('a', flags=999999)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(re.sub(r'(\d)', r'<\1>', 'a1b2'), re.subn('a', 'b', 'aaa', count=2), re.split(r'(,)', 'a,b,c', maxsplit=1), re.findall(r'(a)(b)?', 'ab a'), re.escape('a.b*c'))
print([m.span() for m in re.finditer('a*', 'baac')], re.fullmatch('a+', 'aa') is not None, re.search('^b', 'a\nb', re.M).start(), re.I | re.S)
print(re.sub('x*', '-', 'abc'), re.split('x*', 'abc'), re.compile('(?i)AB').match('ab') is not None, repr(re.compile('a.c', re.S)))
