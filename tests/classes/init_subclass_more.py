# __init_subclass__, __class_getitem__, __set_name__ ordering, class kwargs.
class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag='a'): pass
class B(A): pass
class C(Registry, tag='c'): pass
print(Registry.subclasses, A.tag, B.tag, C.tag)
try:
    class D(Registry, bogus=1): pass
except TypeError as e:
    print('TypeError', e)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[1, 2])
class Order:
    def __init__(self, n): self.n = n
    def __set_name__(self, owner, name):
        print('set_name', name, self.n)
class Host:
    b = Order(1)
    a = Order(2)
    c = Order(3)
# metaclass with kwargs
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw))
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta, flag=True, level=3): pass
print(WithMeta.kw, type(WithMeta).__name__)
class Child(WithMeta): pass
print(type(Child).__name__, Child.kw)
# __init_subclass__ is implicitly a classmethod
class Implicit:
    def __init_subclass__(cls):
        cls.marked = True
class Sub(Implicit): pass
print(Sub.marked, hasattr(Implicit, 'marked'))
# __prepare__ returning ordered mapping and recording
class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 99}
class R(metaclass=Recorder):
    x = injected + 1
print(R.x, R.injected)
# __call__ on metaclass
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(One(1).v, One(2).v, One(1) is One(3))
# __new__ returning other type skips __init__
class Weird:
    def __new__(cls, *a):
        return 42
    def __init__(self):
        print('never')
print(Weird())
class NewInit:
    def __new__(cls, x):
        print('new', x)
        return super().__new__(cls)
    def __init__(self, x):
        print('init', x)
NewInit(7)
# object.__new__ with extra args errors
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a)
try:
    object.__new__(OnlyInit, 1)
    print('ok')
except TypeError as e:
    print('TypeError', e)
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try:
    OnlyNew()
except TypeError as e:
    print('TypeError', e)
# __mro_entries__
class Fake:
    def __mro_entries__(self, bases):
        return (int,)
class FromFake(Fake()): pass
print(FromFake.__bases__, FromFake(5) + 1)
