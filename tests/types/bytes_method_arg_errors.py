b = b'abc'
ba = bytearray(b'abc')
for obj in (b, ba):
    for name in ['upper', 'strip', 'split', 'find', 'replace', 'startswith', 'center', 'zfill', 'count', 'decode', 'partition', 'splitlines', 'hex', 'index', 'ljust', 'translate', 'removeprefix', 'isdigit', 'title', 'fromhex']:
        for args in [(), (1,), (b'x', b'y', 1, 2)]:
            try:
                r = getattr(obj, name)(*args)
                print(type(obj).__name__, name, len(args), 'ok', repr(r)[:24])
            except Exception as e:
                print(type(obj).__name__, name, len(args), type(e).__name__, e)
for name, args in [('append', ()), ('append', (1, 2)), ('append', ('a',)), ('extend', ()), ('insert', (1,)), ('pop', (1, 2)), ('remove', ()), ('reverse', (1,)), ('clear', (1,)), ('copy', (1,))]:
    try:
        getattr(bytearray(b'ab'), name)(*args); print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__, e)
