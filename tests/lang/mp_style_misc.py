def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import builtins
orig = builtins.len
builtins.len = lambda x: 42
print(len([1]))
builtins.len = orig
print(len([1]))
def foo(): return 'foo'
builtins.foo_builtin = foo
print(foo_builtin())
del builtins.foo_builtin
t(lambda: foo_builtin())
class Hazard:
    def __set_name__(self, owner, name):
        setattr(owner, name + '_extra', 1)
t(lambda: type('HZ', (), {'a': Hazard(), 'b': Hazard()}).a_extra)
x = 1
del globals()['x']
t(lambda: x)
g = globals(); g['dyn'] = 5; print(dyn)
t(lambda: exec('raise 5'))
t(lambda: exec('raise ValueError from 5'))
t(lambda: exec('raise int'))
class NotExc: pass
t(lambda: exec('raise NotExc', globals()))
try:
    raise ValueError
except (TypeError, ValueError) as e:
    print('tuple match', type(e).__name__)
try:
    raise KeyError('k')
except* KeyError if False else LookupError as e:
    print('lookup')
t(lambda: exec('try:\n  1/0\nexcept 5:\n  pass'))
def nl():
    x = 0
    def a():
        nonlocal x
        def b():
            nonlocal x
            x += 10
        b()
        x += 1
    a()
    return x
print(nl())
def ul():
    try:
        print(undefined_local)
    except NameError as e:
        print(type(e).__name__, e)
    undefined_local = 1
ul()
def del_local():
    v = 1
    del v
    try: v
    except UnboundLocalError as e: print(e)
del_local()
class Cls:
    attr = 1
    def m(self): return self.attr
c = Cls()
print(Cls.m(c), Cls.__dict__['m'](c))
t(lambda: Cls.m())
print(type(Cls.m), type(c.m))
class DS:
    def __delattr__(self, n): print('delattr', n); super().__delattr__(n)
    def __setattr__(self, n, v): print('setattr', n, v); super().__setattr__(n, v)
ds = DS(); ds.a = 1; del ds.a
t(lambda: delattr(ds, 'a'))
print(1 == 1.0, [] == [], 'a' == 'a', {} == {}, None == None, float('nan') != float('nan'))
l = [1, 2]; print(l == l, l is l, l[:] is l, l[:] == l)
print(type(type(type)), type(object()), object.__class__, type.__class__, isinstance(type, object), isinstance(object, type))
t(lambda: object.__init__(1, 2))
t(lambda: object.__new__(object, 1))
class WithInit:
    def __init__(self, a): pass
t(lambda: type(object.__new__(WithInit, 1)).__name__)
class NoInit: pass
t(lambda: NoInit(1))
class NewOnly:
    def __new__(cls, a): return super().__new__(cls)
print(type(NewOnly(1)).__name__)
print(globals().get('__name__'), __builtins__ is not None, type(__spec__).__name__ if '__spec__' in globals() else '')
