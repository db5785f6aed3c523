import builtins
print(builtins.len is len, builtins.__name__, 'print' in dir(builtins), hasattr(builtins, 'open'))
g = globals(); print(type(g).__name__, g['__name__'], '__builtins__' in g, 'g' in g)
x = 1; g['x'] = 2; print(x)
def f():
    y = 3
    l = locals(); l['y'] = 99
    return y, sorted(l)
print(f())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len([1])
print(shadow_builtin(), len([1]))
builtins.custom_thing = 'inserted'
print(custom_thing)
del builtins.custom_thing
try:
    custom_thing
except NameError as e:
    print('NameError', e)
print(__builtins__ is builtins or __builtins__ is builtins.__dict__, __name__, __file__.endswith('.py'))
print(sorted(k for k in dir() if not k.startswith('_'))[:5])
print(vars() is globals(), callable(vars), type(dir()).__name__)
def outer():
    a = 1
    def inner():
        return sorted(locals())
    b = 2
    return inner(), sorted(locals())
print(outer())
print(eval('__name__'), exec.__name__, id.__doc__ is not None or True, abs.__module__ if hasattr(abs, '__module__') else 'builtins')
