def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = 'abc'
for name in ['upper', 'lower', 'strip', 'split', 'join', 'find', 'replace', 'startswith', 'center', 'zfill', 'count', 'encode', 'format', 'partition', 'splitlines', 'expandtabs', 'index', 'ljust', 'translate', 'maketrans', 'removeprefix', 'isdigit', 'title', 'casefold', 'format_map']:
    m = getattr(s, name)
    for args in [(), (1,), ('x', 'y', 'z', 'w')]:
        try:
            r = eval('s.%s(*args)' % name)
            print(name, len(args), 'ok', repr(r)[:20])
        except Exception as e:
            print(name, len(args), type(e).__name__, e)
