import typing
from typing import NamedTuple, Optional, Union, List, TypedDict, Protocol, Literal, Final, ClassVar, overload
class Emp(NamedTuple):
    name: str
    id: int = 3
    def hello(self): return 'hi ' + self.name
e = Emp('bob'); print(e, e.hello(), e._asdict(), Emp._fields, Emp.__annotations__ if hasattr(Emp, '__annotations__') else {}, isinstance(e, tuple))
E2 = NamedTuple('E2', [('a', int), ('b', str)]); print(E2(1, 'x'), E2._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex: print(ex)
print(hasattr(typing, 'get_type_hints'), typing.Any is not None, Literal is not None)
class P(Protocol):
    def m(self) -> int: ...
def f(x: Optional[int] = None) -> Union[int, str]: return x or 'none'
print(f(), f(3))
T = typing.TypeVar('T', bound=int); print(T.__name__)
