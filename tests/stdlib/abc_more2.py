# abc: abstract methods and properties, virtual subclasses, error messages (CPython's test_abc cases).
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def util(): ...
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def run(self): return 'run'
try: Half()
except TypeError as e: print(e)
class Full(Half):
    name = 'full'
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 'u'
f = Full.make(); print(f.run(), f.name, Full.util(), Full.__abstractmethods__, isinstance(f, Base))
class Meta(metaclass=abc.ABCMeta):
    pass
Meta.register(int); print(isinstance(1, Meta), issubclass(bool, Meta), issubclass(str, Meta), Meta.register(str) is str)
@Meta.register
class Reg: pass
print(issubclass(Reg, Meta), Reg.__mro__[-1].__name__)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook: return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
try: Meta.register(5)
except TypeError as e: print(e)
class A(abc.ABC):
    @abc.abstractmethod
    def x(self): ...
class B(A): pass
B.x = lambda self: 1
try: B()
except TypeError as e: print('still abstract:', e)
abc.update_abstractmethods(B); print(B().x(), B.__abstractmethods__)
print(abc.get_cache_token() is not None, type(abc.ABC).__name__, abc.ABCMeta.__name__, getattr(Base.run, '__isabstractmethod__', False))
class C(A):
    def x(self): return super().x()
print(C().x())
class WithInit(abc.ABC):
    def __init__(self, v): self.v = v
    @abc.abstractmethod
    def go(self): ...
try: WithInit(1)
except TypeError as e: print(e)
class Only(abc.ABC):
    @abc.abstractmethod
    def a(self): ...
    @abc.abstractmethod
    def b(self): ...
try: Only()
except TypeError as e: print(e)
