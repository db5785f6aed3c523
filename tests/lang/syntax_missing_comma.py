# CPython's "Perhaps you forgot a comma?" for two expressions side by side
# inside brackets, and where it does not apply.
for src in ['print("a" "b" 5)', '[1 2]', 'f(a b)', 'x = (1 2, 3)', '{1: 2 3: 4}',
            'f(a, b c)', 'x = [1, 2 3]', 'x = {1 2}', 'f(1 -2)', 'f(a[1] b)', '{**a b}',
            'x = 1 2', 'f(match x)', '[x for x in y z]']:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
