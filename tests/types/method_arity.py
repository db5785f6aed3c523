objs = {'str': 'abc', 'bytes': b'abc', 'bytearray': bytearray(b'abc'), 'list': [1], 'dict': {1: 2}, 'set': {1}, 'frozenset': frozenset([1]), 'tuple': (1,), 'int': 5, 'float': 1.5, 'complex': 1j, 'range': range(3)}
for tn, o in objs.items():
    for m in sorted(dir(o)):
        if m.startswith('__'): continue
        f = getattr(o, m)
        if not callable(f): continue
        for n in (0, 1, 2, 3, 5):
            try:
                f(*(['x'] * n))
                r = 'ok'
            except TypeError as e:
                r = str(e)
            except Exception as e:
                r = type(e).__name__
            if isinstance(o, (list, dict, set, bytearray)):
                o = objs[tn] = type(o)(objs[tn]) if False else o
            print(tn, m, n, r)
