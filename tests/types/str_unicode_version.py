# characters added after Unicode 14.0 are unassigned for CPython 3.11
for cp in (0x31350, 0x323af, 0x11f00, 0x1e4d0, 0x1e030, 0x0cf3, 0x1b132, 0x1f6dc, 0x10efd):
    c = chr(cp)
    print(hex(cp), c.isalpha(), c.isprintable(), c.isidentifier(), c.isnumeric(), c.upper() == c, repr(c) == "'" + c + "'")
print(ascii(repr(chr(0x31350))), 'a\u0cf3'.isidentifier())
print('Ⅻ'.isupper(), 'ⅻ'.islower(), 'Ⓐ'.isupper(), 'ⓐ'.lower(), 'Ⓐ'.swapcase(), 'ⅰ'.upper(), 'ᾀ'.upper(), 'ᾈ'.lower(), 'ᾀ'.title(), 'ὐ'.upper())
print('\u0345'.upper(), '\u0345'.casefold(), 'Ꭰ'.lower(), 'ꭰ'.upper(), 'ꭰ'.casefold(), 'ᲀ'.casefold(), '\u1e9e'.lower(), 'ǈ'.isupper(), 'ǈ'.istitle())
