seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
pool = [0, 1, -1, 2.5, True, False, 'a', 'b', '', (1,), (), [1], [], None, 10**20, -0.0, 3]
def rl(): return [pool[rnd(len(pool))] for _ in range(rnd(5))]
fns = [
    ('min', lambda l: min(l)), ('max', lambda l: max(l)), ('min_d', lambda l: min(l, default='D')), ('max_k', lambda l: max(l, key=lambda x: str(x))),
    ('sum', lambda l: sum(l)), ('sum_s', lambda l: sum(l, 0.5)), ('sorted', lambda l: sorted(l)), ('sorted_k', lambda l: sorted(l, key=repr)),
    ('any', any), ('all', all), ('zip', lambda l: list(zip(l, reversed(l)))), ('enum', lambda l: list(enumerate(l, -1))),
    ('filter', lambda l: list(filter(None, l))), ('map', lambda l: list(map(bool, l))), ('set', lambda l: len(set(l))),
    ('tuple<', lambda l: tuple(l) < tuple(rl())), ('list==', lambda l: l == rl()), ('in', lambda l: pool[rnd(len(pool))] in l),
    ('index', lambda l: l.index(pool[rnd(len(pool))])), ('count', lambda l: l.count(pool[rnd(len(pool))])),
    ('dict', lambda l: dict.fromkeys(l)), ('str', lambda l: str(l)), ('bool', lambda l: [bool(x) for x in l]),
    ('cmp', lambda l: [a < b for a, b in zip(l, l[1:])]), ('eq', lambda l: [a == b for a, b in zip(l, l[1:])]),
    ('hash', lambda l: [hash(x) for x in l if x is not None]), ('abs', lambda l: [abs(x) for x in l]), ('neg', lambda l: [-x for x in l]),
    ('mul', lambda l: [x * 2 for x in l]), ('add', lambda l: [x + x for x in l]), ('len', lambda l: [len(x) for x in l]),
    ('int', lambda l: [int(x) for x in l]), ('float', lambda l: [float(x) for x in l]), ('repr', lambda l: [repr(x) for x in l]),
    ('fmt', lambda l: ['%s|%r' % (x, x) for x in l]), ('format', lambda l: [format(x) for x in l]), ('round', lambda l: [round(x) for x in l]),
]
for i in range(3000):
    l = rl()
    name, f = fns[rnd(len(fns))]
    try: r = f(l)
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(name, l, r)
