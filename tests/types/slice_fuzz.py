seed = 21
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
vals = [None, 0, 1, 2, -1, -2, 3, 5, -5, 10, -10, 100, -100, 2**70, -2**70]
steps = [None, 1, 2, -1, -2, 3, -3, 0, 10**20]
for i in range(3000):
    n = rnd(7)
    base = list(range(n))
    sl = slice(vals[rnd(len(vals))], vals[rnd(len(vals))], steps[rnd(len(steps))])
    out = []
    for seq in (base, tuple(base), 'abcdefg'[:n], bytes(range(65, 65 + n)), bytearray(range(65, 65 + n)), range(n), range(10, 10 + 3 * n, 3)):
        try: out.append(seq[sl])
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    l = list(base)
    rep = list(range(100, 100 + rnd(5)))
    try:
        l[sl] = rep
        out.append(l)
    except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    l = list(base)
    try:
        del l[sl]
        out.append(l)
    except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    ba = bytearray(base)
    try:
        ba[sl] = bytes(rep[:1] and [1] * len(rep))
        out.append(ba)
    except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    try: out.append(sl.indices(n))
    except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(n, sl, out)
