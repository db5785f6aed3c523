# Exception classes and messages of common errors, compared with python3.
for expr in ["1/0", "1//0", "1%0", "1.0/0", "2**-1**2", "int('1.5')", "[].pop()", "{}.popitem()", "(1,2)[5]", "'abc'[10]",
             "None + 1", "len(None)", "[1,2].index(9)", "'a'.index('z')", "int(None)", "float('x')", "chr(-1)", "ord('ab')",
             "abs('x')", "divmod(1, 0)", "sum(['a'])", "max()", "min([])", "list(1)", "dict([1])", "set([[]])", "hash([])",
             "{[]: 1}", "1 < 'a'", "'a' * 1.5", "[1] * 'x'", "range(1.5)", "iter(5)", "next(iter([]))", "object().x",
             "type('X', (), {})().y", "(lambda x: x)()", "(lambda: 0)(1)", "int('9' * 5000)", "f'{1:x}' + 1",
             "tuple.count()", "x = 1; x()", "import nonexistent_mod", "b'a' + 'b'",
             "'%d' % 'x'", "'%s %s' % (1,)", "'{0}'.format()", "'{}{1}'.format(1, 2)", "bytes([300])", "int('')",
             "1 .__add__()", "[].append()", "'abc'.split('')", "round('x')", "sorted([1, 'a'])"]:
    try:
        exec(expr)
        print(expr, "-> no error")
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
