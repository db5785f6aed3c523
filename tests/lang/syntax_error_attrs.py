for src in ["x := 5", "a, *b, *c = d", "nonlocal x", "x = (1,\ny = 2", "f(**x, *y)", "def f():\n  global x\n  x = 1\n  global x\n", "del f()", "f(x=1, x=2)", "1 +", "return 1"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ["x := 5", "print((y := 3), y)", "a = b := 1", "f(**k, *a)", "def f(:\n  pass", "x = [1,\n2,\n3", "for 1 in x: pass", "x = 5 5", "del f()", "f(a for a in b, c)"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
