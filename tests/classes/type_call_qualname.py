# type(name, bases, ns) names the class itself in __qualname__ (not a base found through the MRO).
class Meta(type): pass
class Base(metaclass=Meta): pass
C = Meta("C", (Base,), {})
print(C.__qualname__, C.__name__)
D = type("D", (Base,), {})
print(D.__qualname__)
