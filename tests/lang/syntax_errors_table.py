def t(src):
    try:
        compile(src, 'f.py', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
for src in ['x = ', 'def f(:', 'return 1', 'break', 'continue', 'yield 1', 'await x', 'f(**a, *b)', 'f(a=1, b)', 'def f(a=1, b): pass',
            'def f(a, a): pass', 'lambda a, a: 0', 'x += 1 = 2', '1 = x', 'None = 1', 'f() = 1', 'del f()', '(a, b) += 1', 'a + 1 += 2',
            'class C: return', 'nonlocal x', 'def f():\n  global x\n  x = 1', 'import', 'from x import', 'from . import *', 'if x:\npass',
            '  x = 1', 'x = (1,', 'x = [1, 2', '"abc', "'''abc", 'x = 1 +* 2', 'for x in: pass', 'try:\n  pass', 'try:\n  pass\nfinally:\n  pass',
            'else: pass', 'def f(*): pass', 'def f(**k, a): pass', 'print "x"', 'exec "x"', 'a if b',
            '[x for x in 1, 2]', 'f(x for x in y, 1)', '@\ndef f(): pass', 'async def f():\n  yield from x', 'def f():\n  x = 1\n  nonlocal x',
            'True = 1', 'x: int = 1', 'x.y: int', '(x): int = 1', '[x]: int', 'with a as 1: pass',
            'match x:\n  case 1:\n    pass', 'f(a for a in b for c in d)', "f'{'", "f'{x!}'", 'b"\\xé"' if False else 'b"\\x4"', '0b2', '0o8', '09', '1__0', '1_', '0x']:
    t(src)
