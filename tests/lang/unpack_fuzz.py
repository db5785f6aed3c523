targets = ['a, b', 'a, b, c', 'a, *b', '*a, b', 'a, *b, c', '[a, b]', '(a, (b, c))', 'a, = ', '[a, [b, *c]]', 'a, b, c, d']
sources = ['[]', '[1]', '[1, 2]', '(1, 2, 3)', '"ab"', '"abcd"', 'range(5)', 'iter([1, 2])', '{1: 2, 3: 4}', '[1, [2, 3]]', '[1, (2,)]', '5', 'None', '(x for x in [1, 2, 3])', '[1, [2, 3, 4]]']
for tg in targets:
    for src in sources:
        code = ('%s = %s' % (tg, src)) if not tg.endswith('= ') else ('%s%s' % (tg, src))
        ns = {}
        try:
            exec(code, ns)
            r = sorted((k, v) for k, v in ns.items() if k != '__builtins__')
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(code, '->', r)
for s in ['[*a, *b] = 1, 2', 'print(*1)', 'print(**1)', 'f(**{1: 2})', '[*()]', '{**{}, **{"a": 1}}', '(*[1], *[2, 3])', '{*"ab", *"bc"}', 'x = [*range(3), *"x"]; print(x)', 'print(*[1], *(2,), sep="-")', 'dict(**{"a": 1}, a=2)', 'f = lambda **k: k; print(f(**{"a": 1}, **{"a": 2}))']:
    try:
        exec(s, {'f': lambda *a, **k: None})
        print(s, 'ok')
    except Exception as e:
        print(s, type(e).__name__ + ': ' + str(e))
