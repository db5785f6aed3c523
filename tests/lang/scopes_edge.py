def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
x = 'global'
class C:
    x = 'class'
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self): return x
print(C.y, C.z, C().m())
class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        c = 'NameError'
print(D.c)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    inner(); inner()
    return v
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = counter(); c1(); print(c1(), counter()(), c1.__closure__[0].cell_contents)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def gl():
    global newglobal
    newglobal = 5
gl(); print(newglobal)
def shadow():
    x = 'local'
    def inner():
        return x
    x = 'changed'
    return inner()
print(shadow())
t(lambda: exec('def f():\n  print(q)\n  q = 1\nf()'))
t(lambda: exec('nonlocal x'))
t(lambda: compile('def f():\n  global a\n  a = 1\n  nonlocal a', 's', 'exec'))
t(lambda: compile('def f(a):\n  global a', 's', 'exec'))
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
def cls_in_func():
    val = 'enclosed'
    class K:
        val = 'classattr'
        def get(self): return val
        got = val
    return K().get(), K.got
print(cls_in_func())
def cls_nonlocal():
    val = 1
    class K:
        nonlocal val
        val = 2
    return val
print(cls_nonlocal())
print([y for y in range(3) if (z := y) > 0], z)
t(lambda: exec('[i := 1 for i in range(2)]'))
def walrus_scope():
    [w := i for i in range(3)]
    return w
print(walrus_scope())
g = 10
def uses_g(): return g
g = 20
print(uses_g())
def del_local():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(del_local())
def free_del():
    a = 1
    def r(): return a
    del a
    try:
        return r()
    except NameError as e:
        return str(e)
print(free_del())
print(sorted(k for k in locals().keys() if not k.startswith('__'))[:3])
def loc():
    a = 1; b = 2
    return sorted(locals())
print(loc())
