# Class creation: MRO/metaclass/layout conflicts, __slots__ rules, __class__ cell, super() forms, type attributes.
def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
class A: pass
class B(A): pass
show('mro conflict', lambda: type('C', (A, B), {}))
show('dup base', lambda: type('C', (A, A), {}))
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
show('meta conflict', lambda: type('Z', (X, Y), {}))
show('base not class', lambda: type('Z', (1,), {}))
show('final bool', lambda: type('Z', (bool,), {}))
show('layout', lambda: type('Z', (int, str), {}))
show('layout2', lambda: type('Z', (list, dict), {}))
show('ok layout', lambda: type('Z', (int, A), {}).__mro__)
show('exc+int', lambda: type('Z', (Exception, int), {}))
class S:
    __slots__ = ('a', 'b')
s = S()
show('slot unset', lambda: s.a)
s.a = 1
show('slot set', lambda: s.a)
show('no dict', lambda: s.__dict__)
show('slots members', lambda: type(S.a).__name__)
show('slot repr', lambda: repr(S.a))
class S2(S):
    pass
show('subclass gets dict', lambda: S2().__dict__)
class S3(S):
    __slots__ = ('c',)
show('s3 slots', lambda: S3.__slots__)
show('s3 assign d', lambda: setattr(S3(), 'd', 1))
show('slot conflicts class var', lambda: type('Q', (), {'__slots__': ('x',), 'x': 1}))
show('slot dict', lambda: type('Q', (), {'__slots__': ('__dict__',)})().__dict__)
show('slot str', lambda: type('Q', (), {'__slots__': 'abc'})().__class__.__slots__)
show('slot bad', lambda: type('Q', (), {'__slots__': (1,)}))
show('slot nonempty int', lambda: type('Q', (int,), {'__slots__': ('x',)}))
show('slot empty int', lambda: type('Q', (int,), {'__slots__': ()})(5))
show('slot dup', lambda: type('Q', (), {'__slots__': ('a', 'a')}))
show('slot weakref', lambda: type('Q', (), {'__slots__': ('__weakref__',)}))
class P:
    def m(self):
        return __class__
    def n(self):
        return (lambda: __class__)()
    def o(self):
        return [super().__repr__ is not None for _ in range(1)]
    @classmethod
    def c(cls):
        return super().__init_subclass__
    @staticmethod
    def st():
        return __class__
print(P().m().__name__, P().n().__name__, P.c() is not None, P.st().__name__)
show('super in comprehension', lambda: P().o())
def outside():
    return super().x
show('super outside', outside)
class Q:
    def m():
        return super().x
show('super no args', lambda: Q.m())
show('super(type, obj)', lambda: super(B, B()).__init__ is not None)
show('super bad', lambda: super(B, A()))
show('super type-type', lambda: super(B, B).__name__)
show('super repr', lambda: repr(super(B, B()))[:22])
show('super attr', lambda: super(B, B()).__class__)
show('super self_class', lambda: super(B, B()).__self_class__)
show('super thisclass', lambda: super(B, B()).__thisclass__)
class G:
    def __getattr__(self, n):
        if n == 'boom':
            raise KeyError('inner')
        raise AttributeError(n)
show('getattr keyerror', lambda: G().boom)
show('getattr hasattr', lambda: hasattr(G(), 'boom'))
show('getattr default', lambda: getattr(G(), 'other', 'dflt'))
class PropErr:
    @property
    def p(self):
        raise AttributeError('inside property')
    def __getattr__(self, n):
        return 'fallback ' + n
show('prop attrerror falls to getattr', lambda: PropErr().p)
show('type name set', lambda: setattr(A, '__name__', 'Renamed') or A.__name__)
show('type name bad', lambda: setattr(A, '__name__', 5))
show('qualname', lambda: setattr(B, '__qualname__', 'Q.B') or repr(B))
show('bases set', lambda: setattr(B, '__bases__', (object,)) or B.__mro__)
show('doc', lambda: (A.__doc__, type('D', (), {'__doc__': 'x'}).__doc__))
show('module', lambda: A.__module__)
show('dict proxy', lambda: type(A.__dict__).__name__)
show('dict proxy set', lambda: A.__dict__.__setitem__('x', 1))
show('class kw-only', lambda: type('K', (), {}, extra=1))
show('type 2 args', lambda: type('K', ()))
show('instancecheck', lambda: isinstance(5, type('Any', (type,), {'__instancecheck__': lambda c, o: True})('AnyT', (), {})))
show('subclasscheck', lambda: issubclass(int, type('AnyM', (type,), {'__subclasscheck__': lambda c, o: True})('AnyS', (), {})))
