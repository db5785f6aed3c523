seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
flags = ['', '-', '+', ' ', '#', '0', '-0', '+#', '0+', ' 0']
widths = ['', '1', '6', '*']
precs = ['', '.0', '.2', '.*', '.10']
convs = 'diouxXeEfFgGcrsa%'
vals = [0, 1, -1, 42, -255, 2**70, 0.0, -0.0, 1.5, -2.5, 1e-5, 1e300, float('inf'), float('nan'), 'ab', 'é', True, None, 65]
for i in range(3000):
    spec = '%' + flags[rnd(len(flags))] + widths[rnd(4)] + precs[rnd(5)] + convs[rnd(len(convs))]
    args = []
    if '*' in spec.split('.')[0]: args.append(rnd(10) - 3)
    if '.*' in spec: args.append(rnd(6))
    if not spec.endswith('%'): args.append(vals[rnd(len(vals))])
    try:
        r = spec % tuple(args)
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(repr(spec), repr(args), repr(r))
