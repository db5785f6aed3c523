bs = [b'', b' ', b'a', b'A', b'1', b'aB1 ', b' x y ', b'Hello World', b'HELLO', b'\t\n', b'-3', b'\xff\x00']
for b in bs:
    print(repr(b), [getattr(b, m)() for m in ('isalnum', 'isalpha', 'isdigit', 'isspace', 'islower', 'isupper', 'istitle', 'isascii')])
    print(' ', b.strip(), b.split(), b.upper(), b.lower(), b.title(), b.swapcase(), b.capitalize(), b.center(9, b'.'), b.zfill(5), b.hex(), len(b))
