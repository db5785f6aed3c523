from abc import ABC, ABCMeta, abstractmethod
import abc
class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def kind(): ...
class Sq(Shape):
    area = property(lambda self: 4)
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def kind(): return 'sq'
print(Sq.make().area, Sq.kind(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Half(Shape):
    area = 1
try: Half()
except TypeError as e: print(e)
print(isinstance(Shape, ABCMeta), abc.get_cache_token() is not None if hasattr(abc, 'get_cache_token') else True)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, '__len__'): return True
        return NotImplemented
print(issubclass(list, Sized), isinstance('', Sized), issubclass(int, Sized))
