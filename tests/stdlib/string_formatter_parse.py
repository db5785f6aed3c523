import string
f = string.Formatter()
for s in ['', 'abc', '{}', '{0}{1}', 'a{x!r:>{w}}b', '{{}}', 'x{a[0]}y{b.c:d}', '}}{{', '{:}', '{!s}', 'end{']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'ValueError', e)
