# Closures: cells, nonlocal, late binding, class bodies, deletion.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def make_adders():
    fs = []
    for i in range(3):
        def f(x, i=i): return x + i
        fs.append(f)
    late = [lambda x: x + i for i in range(3)]
    return fs, late
fs, late = make_adders()
print([f(10) for f in fs], [f(10) for f in late])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def cell_del():
    x = 5
    def f(): return x
    del x
    try:
        f()
    except NameError as e:
        print('NameError', e)
cell_del()
def unbound():
    def f(): return y
    try:
        f()
    except NameError as e:
        print('NameError', e)
    y = 1
    return f()
print(unbound())
def cls_closure():
    v = 'outer'
    class K:
        v = 'class'
        def m(self): return v
        w = [v for _ in range(1)]
    return K().m(), K.v, K.w
print(cls_closure())
def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2(); l2()
    l1()
    return a
print(nested_nonlocal())
def closure_attr():
    z = 3
    def f(): return z
    return f
f = closure_attr()
print(len(f.__closure__), f.__closure__[0].cell_contents, f.__code__.co_freevars)
print(counter.__closure__, closure_attr.__code__.co_cellvars)
def gen_closure():
    total = 0
    def g():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return list(g()), total
print(gen_closure())
def recursive_closure():
    def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(15)
print(recursive_closure())
x = 'global'
def shadow():
    x = 'local'
    def f():
        global x
        return x
    return f()
print(shadow())
def arg_cell(a, *args, k=1, **kw):
    def f(): return a, args, k, kw
    return f()
print(arg_cell(1, 2, k=3, z=4))
def lambda_chain():
    return (lambda a: (lambda b: (lambda c: a + b + c)))(1)(2)(3)
print(lambda_chain())
def modify_in_loop():
    fs = []
    for i in range(3):
        j = i * 10
        fs.append(lambda: j)
    return [f() for f in fs]
print(modify_in_loop())
