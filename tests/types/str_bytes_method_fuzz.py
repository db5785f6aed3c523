seed = 9
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alpha = ['a', 'b', 'A', ' ', '\t', '\n', '\r\n', 'é', 'ß', '1', ',', '.', 'ab', 'Σ', '\x0b', '']
def rs(maxlen=8):
    return ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(maxlen)))
ints = [-100, -3, -1, 0, 1, 2, 5, 20, None]
methods = [
    ('split', lambda: ([rs(3) or None][:rnd(2)] + ([ints[rnd(len(ints))]] if rnd(2) else []))),
    ('rsplit', lambda: ([rs(3) or None][:rnd(2)] + ([ints[rnd(len(ints))]] if rnd(2) else []))),
    ('find', lambda: [rs(3)] + [ints[rnd(len(ints))] for _ in range(rnd(3))]),
    ('rfind', lambda: [rs(3)] + [ints[rnd(len(ints))] for _ in range(rnd(3))]),
    ('count', lambda: [rs(3)] + [ints[rnd(len(ints))] for _ in range(rnd(3))]),
    ('index', lambda: [rs(2)] + [ints[rnd(len(ints))] for _ in range(rnd(3))]),
    ('startswith', lambda: [rs(3)] + [ints[rnd(len(ints))] for _ in range(rnd(3))]),
    ('endswith', lambda: [(rs(2), rs(2)) if rnd(2) else rs(3)] + [ints[rnd(len(ints))] for _ in range(rnd(3))]),
    ('replace', lambda: [rs(2), rs(3)] + ([ints[rnd(len(ints))]] if rnd(2) else [])),
    ('strip', lambda: [rs(3)] if rnd(2) else []), ('lstrip', lambda: [rs(3)] if rnd(2) else []), ('rstrip', lambda: [rs(3)] if rnd(2) else []),
    ('partition', lambda: [rs(2)]), ('rpartition', lambda: [rs(2)]),
    ('center', lambda: [ints[rnd(len(ints))]] + ([alpha[rnd(10)]] if rnd(2) else [])),
    ('ljust', lambda: [ints[rnd(len(ints))]] + ([alpha[rnd(10)]] if rnd(2) else [])),
    ('rjust', lambda: [ints[rnd(len(ints))]] + ([alpha[rnd(10)]] if rnd(2) else [])),
    ('zfill', lambda: [ints[rnd(len(ints))]]), ('expandtabs', lambda: [ints[rnd(len(ints))]] if rnd(2) else []),
    ('splitlines', lambda: [rnd(2) == 1] if rnd(2) else []), ('title', lambda: []), ('capitalize', lambda: []),
    ('swapcase', lambda: []), ('upper', lambda: []), ('lower', lambda: []), ('casefold', lambda: []),
    ('isalpha', lambda: []), ('isspace', lambda: []), ('istitle', lambda: []), ('isdigit', lambda: []), ('isalnum', lambda: []),
    ('isupper', lambda: []), ('islower', lambda: []), ('isprintable', lambda: []), ('isidentifier', lambda: []),
    ('join', lambda: [[rs(3) for _ in range(rnd(4))]]), ('removeprefix', lambda: [rs(2)]), ('removesuffix', lambda: [rs(2)]),
]
for i in range(4000):
    s = rs()
    name, argf = methods[rnd(len(methods))]
    args = argf()
    try:
        r = getattr(s, name)(*args)
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(repr(s), name, repr(args), repr(r))
    b = s.encode()
    if name in ('split', 'rsplit', 'find', 'count', 'replace', 'strip', 'partition', 'center', 'zfill', 'expandtabs', 'splitlines', 'title', 'swapcase', 'isalpha', 'isspace', 'join', 'startswith', 'endswith', 'rfind', 'index', 'lstrip', 'rpartition', 'ljust', 'istitle', 'capitalize', 'upper', 'lower', 'isupper', 'islower', 'isdigit', 'isalnum', 'removeprefix'):
        bargs = [a.encode() if isinstance(a, str) else ([x.encode() for x in a] if isinstance(a, list) else (tuple(x.encode() for x in a) if isinstance(a, tuple) else a)) for a in args]
        try:
            r = getattr(b, name)(*bargs)
        except Exception as e:
            r = type(e).__name__ + ':' + str(e)
        print(' b', repr(r))
