# global/nonlocal at run time: deleting and creating globals from functions, class-level global, builtins injection, shadowing.
x = 1
def f():
    global x
    del x
f()
print('x' in globals())
def g():
    global newvar
    newvar = 'created'
g()
print(newvar)
class K:
    global gk
    gk = 'from class'
    y = 2
    def m(self):
        return y if False else K.y
print(gk, K().m())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
i, gt = counter()
i(); i()
print(gt())
def shadow_builtin():
    len = lambda x: 42
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
import builtins
builtins.my_builtin = lambda: 'injected'
print(my_builtin())
del builtins.my_builtin
try:
    my_builtin()
except NameError as e:
    print('NameError', e)
def global_in_nested():
    def inner():
        global deep
        deep = 'deep value'
    inner()
global_in_nested()
print(deep)
def read_then_global():
    return xx_later
xx_later = 'defined later'
print(read_then_global())
def closure_over_loop_var():
    fns = []
    for k in range(3):
        fns.append(lambda: k)
    k = 10
    return [fn() for fn in fns]
print(closure_over_loop_var())
class Outer:
    attr = 'outer attr'
    class Inner:
        try:
            val = attr
        except NameError as e:
            val = 'NameError: ' + str(e)
print(Outer.Inner.val)
def func_attr_scope():
    func_attr_scope.calls = getattr(func_attr_scope, 'calls', 0) + 1
    return func_attr_scope.calls
func_attr_scope(); print(func_attr_scope())
v = 'module'
def uses_module_v():
    return v
def assigns_after_use():
    try:
        print(v)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    v = 'local'
print(uses_module_v()); assigns_after_use()
exec('globals()["via_exec"] = 5')
print(via_exec)
def nonlocal_chain():
    a = 'level0'
    def l1():
        def l2():
            nonlocal a
            a = 'changed by l2'
        l2()
    l1()
    return a
print(nonlocal_chain())
print(sorted(k for k in globals() if not k.startswith('__'))[:8])
