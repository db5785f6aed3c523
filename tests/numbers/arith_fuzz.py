import operator as op
vals = [0, 1, -1, 2, 7, -7, 255, 2**31, -2**63, 2**64 + 3, -(10**30), True, False, 0.0, -0.0, 0.5, -2.5, 1e300, float('inf'), float('-inf'), float('nan'), 1j, 2 - 3j, complex(0, -0.0)]
ops = [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow, op.lshift, op.rshift, op.and_, op.or_, op.xor, divmod, op.lt, op.le, op.eq, op.ne, op.gt, op.ge]
for f in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                if f is op.pow and (isinstance(a, complex) or isinstance(b, complex)): raise OverflowError("skip")
                if f is op.pow and isinstance(b, int) and b > 1000: raise OverflowError("skip")
                if f is op.lshift and isinstance(b, int) and b > 1000: raise OverflowError('skip')
                r = f(a, b)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__ + ':' + str(e))
        print(f.__name__, repr(a), '|'.join(row))
for f in [op.neg, op.pos, op.invert, abs, op.not_, bool, int, float, complex, round, str]:
    row = []
    for a in vals:
        try: row.append(repr(f(a)))
        except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    print(f.__name__, '|'.join(row))
