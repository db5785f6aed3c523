def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for x in [0.0, -0.0, 0.5, -1.25, 3.0, 1e-310, 1e300, 0.1, 2.0 ** 60, float('inf'), float('nan')]:
    r = []
    for m in ('is_integer', 'hex', 'as_integer_ratio', 'conjugate', '__trunc__', '__floor__', '__ceil__', '__round__'):
        try:
            r.append(getattr(x, m)())
        except Exception as e:
            r.append(type(e).__name__)
    print(repr(x), r)
for s in ['0x1p0', '0x1.8p1', '-0x.8p-1', '0x1.fffffffffffffp1023', '0x1p-1074', '0x1p-1075', 'inf', '-nan', '0x10', '  0x1p4  ', '0x1.p1', '0x.p1', '1p1', '0x1p', '0x1p2000']:
    t(lambda: float.fromhex(s))
