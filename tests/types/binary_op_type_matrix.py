# Binary and unary operators across a matrix of builtin types: results and TypeError messages.
import operator
vals = [1, 1.5, 1j, 'a', b'a', [1], (1,), {1}, {1: 2}, None, range(1), True]
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv), ('//', operator.floordiv), ('%', operator.mod), ('**', operator.pow), ('<', operator.lt), ('&', operator.and_), ('<<', operator.lshift), ('@', operator.matmul)]
for sym, op in ops:
    for a in vals:
        for b in vals[::3]:
            try:
                r = op(a, b)
                out = repr(r)[:20]
            except Exception as e:
                out = f'{type(e).__name__}: {e}'
            print(repr(a)[:8], sym, repr(b)[:8], '=>', out)
for f in [operator.neg, operator.invert, abs, operator.pos]:
    for a in vals:
        try:
            out = repr(f(a))
        except Exception as e:
            out = f'{type(e).__name__}: {e}'
        print(f.__name__, repr(a)[:8], out)
