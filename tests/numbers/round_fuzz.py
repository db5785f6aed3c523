seed = 1234
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for i in range(3000):
    m = rnd(2147483648) / 2147483648
    e = rnd(40) - 20
    v = (m - 0.5) * 10 ** e
    nd = rnd(12) - 4
    try:
        r = round(v, nd)
    except Exception as ex:
        r = type(ex).__name__
    out.append('%r %d %r %r %s' % (v, nd, r, round(v), str(v)))
    iv = int(v * 1000)
    out.append('%d %r %r' % (iv, round(iv, nd), round(iv, -rnd(5))))
print('\n'.join(out))
