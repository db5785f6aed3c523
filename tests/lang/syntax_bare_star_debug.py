for src in ['def f(*, **k): pass', 'lambda *, **k: 0', 'def f(*, a, **k): pass', 'def f(*a, **k): pass', '__debug__ = 1', 'x = __debug__ = 1', '(__debug__) = 1', 'def f(*,): pass', 'lambda *: 0']:
    try:
        compile(src, 'f.py', 'exec'); print('ok', src)
    except SyntaxError as e:
        print(src, "->", e.msg)
