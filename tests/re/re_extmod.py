# re in the style of MicroPython's extmod/re*.py tests plus CPython test_re behaviours.
import re
m = re.match(r'(\w+)@(\w+)\.com', 'joe@example.com rest')
print(m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(1), m.end(), m.pos, m.endpos, m.lastindex, m.re.pattern, m.string[:3], repr(m)[:40])
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)?', 'on 2024- ok')
print(m.groupdict(), m.groupdict('none'), m['year'], m.group('mon'), m.groups('x'), m.lastgroup, m.expand(r'\g<year>/\1'))
print(re.sub(r'(\d+)', lambda m: str(int(m.group()) * 2), 'a1b22c333'), re.sub('a', 'b', 'aaa', count=2), re.subn(r'\s+', ' ', 'a  b   c'), re.sub(r'(a)(b)?', r'[\2\1]', 'ab a'))
print(re.sub(r'x*', '-', 'abxd'), re.split(r'x*', 'axbc'), re.split(r'(,)', 'a,b,c', maxsplit=1), re.split(r'\W+', 'Words, words, words.'), re.split('', 'ab'))
print(re.findall(r'(\w)(\d)', 'a1b2c'), re.findall(r'\d', 'a1b2'), re.findall(r'(a)|b', 'ab'), [m.span() for m in re.finditer(r'\w+', 'hi there')])
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.escape('a.b*c?d[e]f'), re.escape('héllo wörld'), re.purge())
p = re.compile(r'(?i)hello', re.M); print(p.flags & re.I != 0, p.groups, p.groupindex, p.pattern, p.search('say HELLO').group(), p.match('HeLLo!').end(), p == re.compile(r'(?i)hello', re.M))
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex, re.I, repr(re.I | re.M), re.IGNORECASE == re.I, repr(re.compile('ab', re.I | re.S)))
print(re.match(r'a.c', 'a\nc'), re.match(r'a.c', 'a\nc', re.S).group(), re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'\bfoo\b', 'foo foobar (foo)'), re.match(r'(?x) a \s b # comment', 'a b').group())
print(re.search(r'(?<=abc)def', 'abcdef').group(), re.search(r'(?<!x)y', 'xyay').start(), re.match(r'(?=a)\w+', 'abc').group(), re.match(r'(a)(?(1)b|c)', 'ab').group(), re.match(r'(?:ab)+', 'ababx').group())
print(re.match(rb'\x00+', b'\x00\x00z').group(), re.findall(rb'[a-c]', b'abcd'), re.sub(rb'b', b'X', b'abc'), re.match(r'\u00e9+', 'ééx').group(), re.match('[^\\W\\d]+', 'ab1').group())
for bad in ('(', ')', '[a', 'a{2,1}', '*a', '(?P<1>x)', '(?P<a>x)(?P<a>y)', r'\1', '(?<=a+)b', 'a**', '(?z)', r'\k', '[z-a]'):
    try: re.compile(bad); print(repr(bad), 'ok')
    except re.error as e: print(repr(bad), e.msg, e.pos)
for bad in (lambda: re.sub('a', r'\2', 'a'), lambda: re.match('a', 1), lambda: re.match(b'a', 'a'), lambda: re.compile('a', re.I).match('a', 'x'), lambda: re.sub('(a)', r'\g<x>', 'a'),
            lambda: re.match('(a)', 'a').group(3), lambda: re.match('(a)', 'a').group('q'), lambda: re.compile(re.compile('a'), re.I)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').span(1), re.match(r'(a*)*', 'aaa').group(1), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.search(r'a{2}', 'caaab').span(), re.search(r'a{,2}', 'aaa').group(), re.search(r'a{2,}?', 'aaaa').group(), re.search(r'a++b', 'aab').group() if hasattr(re, 'NOFLAG') else 'aab', re.search(r'(?>a+)b', 'aab').group() if hasattr(re, 'NOFLAG') else 'aab')
m = re.compile(r'\d+').search('ab12cd34', 3); print(m.group(), re.compile(r'\d+').findall('1 22 333', 2, 6), re.compile('x').sub('y', 'xx', 1), re.compile(r'$').sub('!', 'a\nb\n'))
