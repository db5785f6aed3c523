from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, Tuple
import typing
from abc import ABC, abstractmethod, ABCMeta
def f(x: List[int], y: Optional[str] = None) -> Dict[str, Any]: return {}
print(f([1]), f.__annotations__['return'] is not None)
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box(3).v, Box[int](4).v)
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt(1, 2)._fields, Pt(3).y)
print(typing.TYPE_CHECKING, typing.cast(int, 'x'))
class Base(ABC):
    @abstractmethod
    def go(self): ...
    def other(self): return 'other'
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def go(self): return 'go'
print(Impl().go(), Impl().other(), isinstance(Impl(), Base))
class M(metaclass=ABCMeta):
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass
try: M()
except TypeError as e: print(e)
class Reg(ABC): pass
Reg.register(int); print(isinstance(3, Reg), issubclass(int, Reg), isinstance('s', Reg))
