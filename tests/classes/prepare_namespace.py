# A metaclass's __prepare__ may return a dict subclass: the class body stores, loads and deletes names through its methods; enum refuses a name given twice.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            if k in self:
                raise TypeError("%r already defined" % k)
            self.log.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, ns.log)
        return super().__new__(mcls, name, bases, dict(ns))

class A(metaclass=Meta):
    x = 1
    def f(self): return 2
    y = x + 1
print(A.x, A.y, A().f())
try:
    class B(metaclass=Meta):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError", e)

class Default(dict):
    def __missing__(self, k):
        raise KeyError(k)
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Default()
class C(metaclass=M2):
    v = magic
    w = len("ab")
    del v
print(hasattr(C, "v"), C.w)

import enum
try:
    class Color(enum.Enum):
        RED = 1
        RED = 2
except TypeError as e:
    print("TypeError", e)
class E(enum.Enum):
    A = 1
    B = 2
print(list(E))
