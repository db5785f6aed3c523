# case mappings of every code point below U+20000, as checksums per block
def ck(s):
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
    return h
for name in ('upper', 'lower', 'title', 'casefold', 'swapcase', 'capitalize'):
    f = getattr(str, name)
    bad = []
    for block in range(0, 0x20000, 0x800):
        out = []
        for cp in range(block, block + 0x800):
            if 0xd800 <= cp < 0xe000:
                continue
            out.append(f(chr(cp)))
        bad.append(ck(''.join(out)))
    print(name, bad)
for name in ('isupper', 'islower', 'istitle', 'isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isprintable', 'isidentifier'):
    f = getattr(str, name)
    sums = []
    for block in range(0, 0x20000, 0x1000):
        sums.append(sum(cp for cp in range(block, block + 0x1000) if f(chr(cp))) % 1000003)
    print(name, sums)
