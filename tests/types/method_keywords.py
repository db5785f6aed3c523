# every public method of the builtin types, given an unknown keyword
objs = {'str': 'abc', 'bytes': b'abc', 'bytearray': bytearray(b'abc'), 'list': [1], 'dict': {1: 2}, 'set': {1}, 'frozenset': frozenset([1]), 'tuple': (1,), 'int': 5, 'float': 1.5, 'complex': 1j, 'range': range(3), 'memoryview': memoryview(b'ab'), 'slice': slice(1, 2), 'bool': True}
for tn, o in objs.items():
    for m in sorted(dir(o)):
        if m.startswith('__'): continue
        f = getattr(o, m)
        if not callable(f): continue
        for args in ('', '1, ', "'a', "):
            try:
                eval('o.' + m + '(' + args + 'zzz=1)')
                r = 'ok'
            except TypeError as e:
                r = str(e)
            except Exception as e:
                r = type(e).__name__
            print(tn, m, len(args), r)
