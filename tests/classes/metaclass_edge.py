def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Reg(type):
    registry = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.inited = True
class A(metaclass=Reg): pass
class B(A): pass
print(Reg.registry, B.inited, type(B).__name__, isinstance(B, Reg), type(Reg).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(S(1) is S(2), S(3).v)
class AttrMeta(type):
    def __getattr__(cls, name): return 'meta:' + name
    def __len__(cls): return 7
    def __iter__(cls): return iter([1, 2])
    def __repr__(cls): return '<Cls ' + cls.__name__ + '>'
class C(metaclass=AttrMeta): x = 1
print(C.x, C.missing, len(C), list(C), C, repr(C), str(C))
t(lambda: C().missing)
class Meta1(type): pass
class Meta2(type): pass
class X(metaclass=Meta1): pass
class Y(metaclass=Meta2): pass
t(lambda: type('Z', (X, Y), {}))
class Meta3(Meta1): pass
class W(metaclass=Meta3): pass
class V(X, W): pass
print(type(V).__name__)
Dyn = Reg('Dyn', (), {'q': 1}); print(Dyn.q, Reg.registry[-1])
t(lambda: type('T', (), {}, extra=1))
t(lambda: type('T', 5, {}))
t(lambda: type('T', (), 5))
t(lambda: type(5, (), {}))
print(type.__name__, type(type) is type, isinstance(type, type), issubclass(type, object), object.__class__.__name__)
class OrderMeta(type):
    def __new__(mcs, name, bases, ns):
        ns['order'] = [k for k in ns if not k.startswith('__')]
        return super().__new__(mcs, name, bases, ns)
class Ordered(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    def beta(self): pass
print(Ordered.order)
class InstCheck(type):
    def __instancecheck__(cls, obj): return obj == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class IC(metaclass=InstCheck): pass
print(isinstance('magic', IC), isinstance('x', IC), issubclass(int, IC), issubclass(str, IC))
