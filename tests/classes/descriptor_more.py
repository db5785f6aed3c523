# Descriptor protocol: data vs non-data, __set_name__, class access.
class Data:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, typ=None):
        if obj is None:
            return 'class access via ' + typ.__name__
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, val):
        setattr(obj, self.name, val * 2)
    def __delete__(self, obj):
        print('delete', self.name)
class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata'
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d)
c.d = 5
print(c.d, c.__dict__)
del c.d
c.__dict__['d'] = 'instance'
print(c.d)
print(c.n)
c.n = 'shadow'
print(c.n, C.n)
# descriptor in metaclass
class Meta(type):
    @property
    def meta_prop(cls):
        return 'meta_prop of ' + cls.__name__
class M(metaclass=Meta): pass
print(M.meta_prop)
try:
    M().meta_prop
except AttributeError as e:
    print('AttributeError', e)
# read-only data descriptor (only __get__ and __set__ raising)
class RO:
    def __get__(self, o, t): return 42
    def __set__(self, o, v): raise AttributeError('read-only')
class H:
    r = RO()
h = H()
try:
    h.r = 1
except AttributeError as e:
    print('AttributeError', e)
print(h.r)
# property with setter/deleter and docs
class Prop:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print('deleting x')
p = Prop()
p.x = 3
print(p.x, Prop.x.__doc__, type(Prop.x).__name__)
del p.x
class NoSetter:
    @property
    def y(self): return 1
try:
    NoSetter().y = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    del NoSetter().y
except AttributeError as e:
    print('AttributeError', e)
# property built from functions
def getx(self): return 'gx'
class PF:
    x = property(getx, None, None, 'docx')
print(PF().x, PF.x.__doc__, PF.x.fget is getx, PF.x.fset)
# classmethod / staticmethod objects
class CS:
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 'sm'
print(CS.cm(), CS().cm(), CS.sm(), CS().sm(), CS.__dict__['cm'].__func__.__name__, CS.__dict__['sm'].__func__())
class CS2(CS): pass
print(CS2.cm())
# functions are non-data descriptors
def f(self): return self
bound = f.__get__(5)
print(bound(), f.__get__(None, int) is f)
# __getattribute__ override
class GA:
    def __init__(self): self.real = 1
    def __getattribute__(self, name):
        if name == 'virtual':
            return 'virtual!'
        return object.__getattribute__(self, name)
g = GA()
print(g.virtual, g.real)
try:
    g.missing
except AttributeError as e:
    print('AttributeError', e)
# __getattr__ only for missing
class GAttr:
    x = 1
    def __getattr__(self, name): return name.upper()
print(GAttr().x, GAttr().foo)
# __setattr__ override
class SA:
    def __setattr__(self, name, v):
        object.__setattr__(self, name, str(v))
s = SA()
s.a = 10
print(repr(s.a))
