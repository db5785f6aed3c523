seed = 3
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
fills = ['', '*', '0', ' ', '<']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '1', '5', '12']
groups = ['', ',', '_']
precs = ['', '.0', '.1', '.3', '.12']
itypes = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'G', 's']
ftypes = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd']
ivals = [0, 1, -1, 7, 255, -255, 12345678, -10**20, 2**64]
fvals = [0.0, -0.0, 1.5, -2.5, 0.1, 123456.789, 1e-7, 1e22, float('inf'), float('nan'), -1e-300, 2.675]
svals = ['', 'a', 'hello world']
out = []
for i in range(3000):
    kind = rnd(3)
    fill = fills[rnd(len(fills))]
    align = aligns[rnd(len(aligns))]
    if fill and not align: fill = ''
    spec = fill + align + signs[rnd(4)] + alts[rnd(2)] + zeros[rnd(2)] + widths[rnd(4)] + groups[rnd(3)] + precs[rnd(5)]
    if kind == 0:
        spec += itypes[rnd(len(itypes))]; v = ivals[rnd(len(ivals))]
    elif kind == 1:
        spec += ftypes[rnd(len(ftypes))]; v = fvals[rnd(len(fvals))]
    else:
        spec += ['', 's', 'd'][rnd(3)]; v = svals[rnd(3)]
    try:
        r = format(v, spec)
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(repr(v), repr(spec), repr(r))
