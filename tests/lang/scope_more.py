# Scoping rules from CPython test_scope.
def make_adder(x):
    def adder(y):
        return x + y
    return adder
inc, plus10 = make_adder(1), make_adder(10)
print(inc(1), plus10(-2))
def make_adder2(x):
    def extra():
        def adder(y):
            return x + y
        return adder
    return extra()
print(make_adder2(1)(1))
def make_adder3(x):
    def adder(y):
        return global_x + y
    global_x = x
    return adder
print(make_adder3(5)(1))
global_x = 1
def make_adder4():
    def nest():
        def nest():
            def adder(y):
                return global_x + y
            return adder
        return nest()
    return nest()
a4 = make_adder4()
print(a4(1))
global_x = 10
print(a4(1))
def make_adder5(x):
    class Adder:
        def __call__(self, y):
            return x + y
    return Adder()
print(make_adder5(1)(1))
def make_adder6(x):
    def adder(y):
        global global_nest_x
        global_nest_x = x
        return global_nest_x + y
    return adder
print(make_adder6(100)(2), global_nest_x)
def f(x):
    def g(y):
        def h(z):
            return y + z
        w = x + y
        y += 3
        return h
    return g
print(f(10)(20)(30))
def recursive_nested():
    def fact(n):
        if n == 0:
            return 1
        return n * fact(n - 1)
    if True:
        return fact(5)
print(recursive_nested())
def unoptimized_with_class():
    x = 1
    class C:
        x = 2
        y = x
        def m(self):
            return x
    return C.y, C().m()
print(unoptimized_with_class())
def class_and_global():
    class Test:
        x = 5
        def method(self):
            return x
    return Test().method()
x = 'global x'
print(class_and_global())
def local_class_ref():
    x = 12
    class Global:
        global x
        x = 13
        def set(self, val):
            x = val
        def get(self):
            return x
    g = Global()
    return g.get(), x
print(local_class_ref(), x)
x = 'global x'
def class_namespace_overrides_closure():
    x = 42
    class X:
        locals()['x'] = 43
        y = x
    return X.y
print(class_namespace_overrides_closure())
def free_var_in_method():
    method_and_var = 'var'
    class Test:
        def method_and_var(self):
            return 'method'
        def test(self):
            return method_and_var
        def actual_global(self):
            return str('global')
        def str(self):
            return str(self)
    t = Test()
    return t.test(), t.method_and_var(), t.actual_global()
print(free_var_in_method())
def cell_is_kwonly_arg():
    def foo(*, a=17):
        def bar():
            return a + 5
        return bar() + 3
    return foo(a=42), foo()
print(cell_is_kwonly_arg())
def nonlocal_class():
    x = 1
    class C:
        nonlocal x
        x = 2
        def get(self):
            return x
    return x, C().get()
print(nonlocal_class())
def comprehension_in_class():
    class C:
        a = 1
        b = [a for _ in range(2)] if False else None
        try:
            c = [a for _ in range(2)]
        except NameError as e:
            err = str(e)
    return C.err
print(comprehension_in_class())
def unbound_local():
    try:
        print(ul)
        ul = 1
    except UnboundLocalError as e:
        return str(e)
print(unbound_local())
def free_unbound():
    def inner():
        return fv
    try:
        inner()
    except NameError as e:
        r = str(e)
    fv = 1
    return r
print(free_unbound())
def top_level_lambda():
    return [(lambda: i)() for i in range(3)]
print(top_level_lambda())
def locals_snapshot():
    a = 1
    l = locals()
    b = 2
    return sorted(l), sorted(locals())
print(locals_snapshot())
def exec_in_function():
    ns = {}
    exec('z = 5\ndef h(): return z', ns)
    return ns['z'], ns['h']()
print(exec_in_function())
