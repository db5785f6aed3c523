def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get(): return count
    return inc, get
inc, get = counter(); inc(); inc(5); print(get())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = mid()
    f(); f()
    return x
print(outer())
def cell_types():
    a = 1
    def f(): return a
    return f.__closure__[0].__class__.__name__, f.__closure__[0].cell_contents, f.__code__.co_freevars
print(cell_types())
def late():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(late())
def gen_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
        yield total
    return add
g = gen_closure()
print(next(g(5)), next(g(3)))
def rec_closure():
    def fact(n): return 1 if n < 2 else n * fact(n - 1)
    return fact(6)
print(rec_closure())
x = 'global'
def shadowing():
    x = 'enclosing'
    def f():
        global x
        return x
    return f()
print(shadowing())
def class_closure():
    y = 'closed'
    class K:
        def m(self): return y
        z = y
    return K().m(), K.z
print(class_closure())
def default_eval_time():
    v = 1
    def f(a=v): return a
    v = 2
    return f()
print(default_eval_time())
def unbound_closure():
    def f(): return q
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    q = 1
    return f()
print(unbound_closure())
fns = {}
for name in ('a', 'b'):
    fns[name] = (lambda n: lambda: n.upper())(name)
print(fns['a'](), fns['b']())
def deep_nonlocal():
    v = 0
    def a():
        def b():
            def c():
                nonlocal v
                v += 1
            c(); c()
        b()
    a()
    return v
print(deep_nonlocal())
