seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
words = ['w%d' % i for i in range(40)] + list(range(30)) + [('t', 1), 2.5, -7]
def rset():
    return set(words[rnd(len(words))] for _ in range(rnd(25)))
for i in range(150):
    a = rset(); b = rset()
    op = rnd(16)
    if op == 0: r = a | b
    elif op == 1: r = a & b
    elif op == 2: r = a - b
    elif op == 3: r = a ^ b
    elif op == 4: a |= b; r = a
    elif op == 5: a &= b; r = a
    elif op == 6: a -= b; r = a
    elif op == 7: a ^= b; r = a
    elif op == 8: r = a.union(list(b), b)
    elif op == 9: r = a.intersection(list(b))
    elif op == 10: r = a.difference(list(b), {words[0]})
    elif op == 11: r = a.symmetric_difference(list(b))
    elif op == 12: a.update(list(b)); r = a
    elif op == 13:
        for x in list(b): a.discard(x)
        a.add('new'); r = a
    elif op == 14: r = frozenset(a) | b
    else:
        d = dict.fromkeys(b, 1)
        r = (set(d), d.keys() & a, d.keys() | a, d.keys() - a, d.keys() ^ a, a - d.keys(), list(a) & d.keys() if False else 0, set(a).copy())
    print(op, r)
