strs = ['', ' ', 'a', 'A', '1', 'aB1 ', ' x y ', 'Hello World', 'HELLO', 'hello', 'Title Case', '\t\n', '12.5', '-3', '_id', 'x_y9', 'ab\ncd']
for s in strs:
    print(repr(s), [getattr(s, m)() for m in ('isalnum', 'isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii')])
    print(' ', repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.split(), repr(s.upper()), repr(s.title()), repr(s.center(9, '.')), repr(s.zfill(5)), len(s))
