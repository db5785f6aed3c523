# Descriptors on instances, super() in class/static methods and properties, classmethod chaining, metaclass __call__/__new__, __new__/__init__ argument rules, __init_subclass__.
def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
class D:
    def __get__(self, o, t=None): return 'descr'
class C: pass
c = C()
c.attr = D()
show('instance-level descriptor not invoked', lambda: type(c.attr).__name__)
class A:
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 'sm'
    @property
    def p(self): return 'prop'
class B(A):
    @classmethod
    def cm(cls): return 'B>' + super().cm()
    @property
    def p(self): return 'B>' + super().p
show('super in classmethod', lambda: B.cm())
show('super in property', lambda: B().p)
show('cm via instance', lambda: B().cm())
show('classmethod of classmethod', lambda: classmethod(classmethod(lambda c: c.__name__)).__get__(None, A)())
show('staticmethod callable', lambda: A.__dict__['sm']())
show('classmethod __func__', lambda: A.__dict__['cm'].__func__.__name__)
show('property copy', lambda: A.p.getter(lambda s: 'x').fget(None))
show('super() no class', lambda: super().__init__)
show('super(A) unbound', lambda: super(A).__thisclass__)
show('super(B, B).cm', lambda: super(B, B).cm())
show('super(B, B()).p', lambda: super(B, B()).p)
class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __new__(mcls, name, bases, ns, **kw):
        ns['injected'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class M(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
show('meta call', lambda: M(5).x)
show('meta inject', lambda: M.injected)
class M2(M): pass
show('meta inherited', lambda: (type(M2).__name__, M2.injected))
show('type.__new__ wrong', lambda: type.__new__(int, 'X', (), {}))
show('type.__new__ not type', lambda: type.__new__(1, 'X', (), {}))
show('type.__init__ args', lambda: type.__init__(type('Q', (), {}), 'Q', (), {}, extra=1))
show('metaclass function', lambda: type('F', (), {}) and __build_class__(lambda: None, 'F', metaclass=lambda n, b, d: (n, b, sorted(d))))
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
show('custom new args', lambda: WithNew(1, 2).args)
class InitOnly:
    def __init__(self, a):
        self.a = a
show('object.__new__ extra args ok', lambda: InitOnly(1).a)
show('InitOnly no args', lambda: InitOnly())
class NewAndInit:
    def __new__(cls, a):
        return super().__new__(cls)
    def __init__(self, a, b=2):
        self.ab = (a, b)
show('new+init', lambda: NewAndInit(1).ab)
show('new+init extra', lambda: NewAndInit(1, 2))
class Sing:
    _i = None
    def __new__(cls):
        if cls._i is None:
            cls._i = super().__new__(cls)
        return cls._i
    def __init__(self):
        self.n = getattr(self, 'n', 0) + 1
show('singleton init twice', lambda: (Sing() is Sing(), Sing().n))
class AbstractIsh:
    def __init_subclass__(cls, /, required=None, **kw):
        super().__init_subclass__(**kw)
        if required and not hasattr(cls, required):
            raise TypeError(f'{cls.__name__} must define {required}')
def make_bad():
    class Bad(AbstractIsh, required='run'):
        pass
show('init_subclass raising', make_bad)
class Good(AbstractIsh, required='run'):
    def run(self): pass
show('init_subclass ok', lambda: Good.__name__)
class A:
    _registry = ['a', 'b']
    @classmethod
    @property
    def count(cls):
        return len(cls._registry)
    @classmethod
    @classmethod
    def name(cls):
        return cls.__name__
class B(A):
    _registry = ['x']
print(A.count, B.count, A().count, A.name(), B.name())
