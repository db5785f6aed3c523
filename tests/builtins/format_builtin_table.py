def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for v in [0, 42, -7, 3.14159, -0.5, 1e10, 'text', True, None, [1], (1, 2), 2 + 3j, b'b']:
    for spec in ['', '>8', '<8', '^8', '*^9']:
        t(lambda: format(v, spec))
t(lambda: format([1], 'x'))
t(lambda: format(None, 's'))
t(lambda: format(b'b', 's'))
t(lambda: format(1, 1))
class F:
    def __format__(self, spec): return 5
t(lambda: format(F(), ''))
t(lambda: f'{F()}')
t(lambda: '{}'.format(F()))
