seed = 31337
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
sigs = ['a', 'a, b', 'a, b=2', 'a, /, b', 'a, /, b=2, *, c', '*args', '**kw', 'a, *args, b', 'a, *, b=1', 'a=1, *args, b, **kw', '', 'a, b, /', '*, a', 'a, b, c=3, *d, e, f=6, **g', 'a, /, *, b']
calls = ['()', '(1)', '(1, 2)', '(1, 2, 3)', '(a=1)', '(b=2)', '(1, b=2)', '(1, a=1)', '(1, 2, c=3)', '(*[1, 2])', '(**{"a": 1})', '(1, **{"b": 2, "c": 3})', '(c=1, e=2)', '(1, 2, 3, 4, e=5)', '(x=1)', '(1, x=1, y=2)', '(*[], **{})', '(1, *[2], b=3)', '(a=1, b=2, c=3, e=4)', '(**{"a": 1, "e": 5, "zz": 9})']
for sig in sigs:
    ns = {}
    exec('def f(%s):\n    return locals()' % sig, ns)
    f = ns['f']
    for c in calls:
        try:
            r = eval('f' + c, {'f': f})
            r = sorted(r.items())
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print('def f(%s)' % sig, 'f' + c, r)
    class C:
        exec('def m(self, %s): return 1' % sig if sig else 'def m(self): return 1')
    for c in calls[:8]:
        try: r = eval('C().m' + c, {'C': C})
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        print('method', sig, c, r)
    lam = eval('lambda %s: 0' % sig)
    try: r = lam(1, 2, 3, 4, 5, 6)
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print('lambda', sig, r)
