specs = ['', 'g', '.2f', '.3e', '10', '>20', '<20', '^20', '*^20.2f', '+', '+.1f', '.3', 'f', 'E', 'G', ' .2f', '020', '=20', 'd', 'x', '%', ',.2f', 'n']
vals = [1+2j, 2j, -2j, complex(-0.0, 1), complex(0.0, -0.0), complex(1.5, -2.25), complex(float('inf'), float('nan')), 1234567.5+0.001j, 0j]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), out)
