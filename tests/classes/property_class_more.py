# Properties, classmethods and staticmethods in inheritance; cached computed attributes.
class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c, 1)
s = Sub(12.345)
print(s.celsius, s.fahrenheit)
s.celsius = 5
print(s.celsius)
class Lazy:
    computed = 0
    def __init__(self):
        self._cache = {}
    @property
    def value(self):
        if 'v' not in self._cache:
            Lazy.computed += 1
            self._cache['v'] = 42
        return self._cache['v']
lz = Lazy()
print(lz.value, lz.value, Lazy.computed)
import functools
class CP:
    calls = 0
    @functools.cached_property
    def heavy(self):
        CP.calls += 1
        return [1, 2, 3]
c = CP()
print(c.heavy, c.heavy is c.heavy, CP.calls, 'heavy' in c.__dict__)
del c.heavy
print(c.heavy, CP.calls)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def count(cls):
        return cls.instances
    @staticmethod
    def helper(x):
        return x * 2
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.count(), SubCounter.count(), SubCounter.helper(4), Counter().helper(1))
class Alt:
    @classmethod
    def make(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class AltSub(Alt):
    pass
a = AltSub.make(1, 2)
print(type(a).__name__, a.args)
print(isinstance(Temperature.celsius, property), Temperature.celsius.fset is not None, Temperature.fahrenheit.fdel)
p = property(lambda self: 1)
print(p.__get__(None, object) is p, p.__get__(object()))
class Doc:
    @property
    def x(self):
        """x docstring"""
        return 1
print(Doc.x.__doc__)
class RO:
    __slots__ = ('_v',)
    def __init__(self, v):
        self._v = v
    v = property(lambda self: self._v)
r = RO(3)
print(r.v)
try:
    r.v = 4
except AttributeError as e:
    print('AttributeError', e)
