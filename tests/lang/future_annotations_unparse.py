# Annotation text under from __future__ import annotations: precedence, literals, f-strings, lambdas.
from __future__ import annotations
exprs = ['x[1:2, 3]', 'x[a, b:c]', 'lambda a, /, b: 0', 'lambda *, a: 0', 'lambda a, b=1, /, c=2: 0', 'not not x', '-(-x)', '(-1) ** 2', '-(1 ** 2)', '-1 ** 2', '(a, b) if c else d', '(lambda: 0)()', 'x if (y if z else w) else v', '(x if y else z) if w else v', 'a < (b < c)', '(a < b) < c', 'a + (b + c)', '(a + b) + c', 'a - (b - c)', 'a ** -b', '(a and b) and c', 'a and (b and c)', 'not (a and b)', '(not a) and b', '{**a, **b}', '[*a, *b]', '(*a, b)', "'é\\u20ac\\x00\\U0001f600'", "'\\x7f\\x80\\xa0'", "f'{x:{y}.{z}}'", "f'{x=}'", "f'{{}}{x!s}'", 'x.y.z(a)(b)[c]', '1.0', '100.0', '1e16', '1.5e16', '123456.789', '0.0001', '0.00001', '-0.0', '3.14j', '(1+2j)', '1e300 * 1e300', 'b"\\x00\'"', '"a\\"b\'c"', 'a.b[1:2:3]', 'a[::]', 'a[:]', 'a[1:]', '[]', '{}', '()', '(1, 2)[0]', 'f(a)[b](c)']
src = ''
for i, e in enumerate(exprs):
    src += f'def f{i}(a: {e}): pass\nprint(repr(f{i}.__annotations__["a"]))\n'
try:
    exec('from __future__ import annotations\n' + src)
except SyntaxError as ex:
    print('SyntaxError', ex)
for s in ['from __future__ import braces', 'from __future__ import nonexistent', 'x = 1\nfrom __future__ import annotations', '"doc"\nfrom __future__ import annotations\nfrom __future__ import division\nx=1', 'def f():\n    from __future__ import division', 'from __future__ import annotations, braces', 'from __future__ import (annotations as a)', 'def f(a: (b := 1)): pass', 'from __future__ import annotations\ndef f(a: (b := 1)): pass', 'from __future__ import annotations\ndef f(a: (yield)): pass', 'from __future__ import annotations\nasync def f(a: await x): pass', 'from __future__ import annotations\nx: (yield) = 1', 'from __future__ import annotations\ndef g():\n    x: (y := 1) = 1', 'def f(a: (yield)): pass', 'def f():\n    def g(a: (yield)): pass', 'from __future__ import annotations\ndef f(a: [x async for x in y]): pass']:
    try:
        compile(s, 't', 'exec')
        print(repr(s), 'OK')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)
