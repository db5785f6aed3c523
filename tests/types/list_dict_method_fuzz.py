seed = 77
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
items = [0, 1, 2, 'a', 'b', (1,), None, 2.0, True]
def rl(): return [items[rnd(len(items))] for _ in range(rnd(6))]
ints = [-10, -2, -1, 0, 1, 2, 3, 10, None]
ops = [
    ('append', lambda: [items[rnd(9)]]), ('extend', lambda: [rl()]), ('insert', lambda: [ints[rnd(8)], items[rnd(9)]]),
    ('remove', lambda: [items[rnd(9)]]), ('pop', lambda: [ints[rnd(8)]] if rnd(2) else []), ('index', lambda: [items[rnd(9)]] + [ints[rnd(8)] for _ in range(rnd(3))]),
    ('count', lambda: [items[rnd(9)]]), ('reverse', lambda: []), ('copy', lambda: []), ('clear', lambda: []),
    ('__contains__', lambda: [items[rnd(9)]]), ('__getitem__', lambda: [ints[rnd(8)]]), ('__delitem__', lambda: [ints[rnd(8)]]),
    ('__setitem__', lambda: [ints[rnd(8)], 'X']), ('__mul__', lambda: [ints[rnd(8)]]), ('__add__', lambda: [rl()]),
    ('__iadd__', lambda: [rl()]), ('__imul__', lambda: [ints[rnd(8)]]), ('__eq__', lambda: [rl()]), ('__lt__', lambda: [rl()]),
]
for i in range(3000):
    l = rl()
    name, argf = ops[rnd(len(ops))]
    args = argf()
    try:
        r = getattr(l, name)(*args)
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(name, repr(args), repr(r), l)
dops = [('get', 2), ('pop', 2), ('setdefault', 2), ('update', 1), ('popitem', 0), ('keys', 0), ('values', 0), ('items', 0), ('copy', 0), ('fromkeys', 2)]
keys = ['a', 'b', 1, 2.0, None, (1, 2)]
for i in range(2000):
    d = {keys[rnd(6)]: rnd(5) for _ in range(rnd(5))}
    name, n = dops[rnd(len(dops))]
    args = [keys[rnd(6)] for _ in range(rnd(n + 1))]
    if name in ('update', '__or__', '__ior__') and args: args = [{args[0]: 9}]
    try:
        r = getattr(d, name)(*args)
        if name in ('keys', 'values', 'items'): r = list(r)
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(name, repr(args), repr(r), d)
