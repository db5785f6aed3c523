# Builtin functions applied to values of every builtin type: results and error messages.
import operator
vals = [1, 2.5, 'ab', b'ab', [1, 2], (1, 2), {1, 2}, frozenset({1}), {1: 2}, None, range(2), bytearray(b'x')]
for a in vals:
    for name in ['len', 'iter', 'bool', 'reversed', 'sorted', 'list', 'dict', 'tuple', 'str', 'int', 'float', 'bytes', 'sum', 'max', 'abs', 'round', 'divmod2', 'contains1', 'getitem0', 'format_x']:
        try:
            if name == 'divmod2':
                r = divmod(a, 2)
            elif name == 'contains1':
                r = 1 in a
            elif name == 'getitem0':
                r = a[0]
            elif name == 'format_x':
                r = format(a, 'x')
            elif name in ('iter', 'reversed'):
                r = type(getattr(__builtins__, name)(a) if not isinstance(__builtins__, dict) else __builtins__[name](a)).__name__
            else:
                f = __builtins__[name] if isinstance(__builtins__, dict) else getattr(__builtins__, name)
                r = f(a)
            out = repr(r)[:25]
        except Exception as e:
            out = f'{type(e).__name__}: {e}'
        print(type(a).__name__, name, out)
