# typing: runtime behaviour of the common constructs (reprs, NamedTuple, TypedDict, Protocol, cast, overload).
import typing
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, NamedTuple, TypedDict, Protocol, TypeVar, Generic, Literal, Final, cast, overload
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Any, Literal['a', 1])
print(Union[int, None] == Optional[int], Union[int] is int, Union[int, str, int], List[int] == List[int], int | None)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]), typing.get_origin(int))
class Pt(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self): return abs(self.x) + abs(self.y)
p = Pt(3); print(p, p.norm(), Pt._fields, Pt.__annotations__, Pt._field_defaults, p._replace(x=1), isinstance(p, tuple))
Pt2 = NamedTuple('Pt2', [('a', int), ('b', str)]); print(Pt2(1, 'x'), Pt2._fields)
class TD(TypedDict):
    name: str
    age: int
t = TD(name='a', age=1); print(t, type(t).__name__, sorted(TD.__required_keys__))
class TD2(TypedDict, total=False):
    x: int
print(TD2(), TD2.__total__)
T = TypeVar('T'); print(T, T.__name__, TypeVar('N', int, str).__constraints__, TypeVar('B', bound=int).__bound__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(1).v, Box.__parameters__)
@typing.runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(1, HasLen))
class P2(Protocol):
    def meth(self): ...
try: isinstance(1, P2)
except TypeError as e: print(e)
print(cast(int, 'x'), cast('List[int]', 5))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), f('a'))
def g(a: int, b: 'str' = 'x') -> List[int]: return []
print(typing.get_type_hints(g), g.__annotations__)
print(typing.TYPE_CHECKING, Final, typing.ClassVar[int], typing.NoReturn, typing.Iterable[int], typing.Sequence[str])
print(isinstance([], typing.Iterable), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence), isinstance(1, typing.Hashable))
try: isinstance(1, List[int])
except TypeError as e: print(e)
print(typing.NewType('UserId', int)(5), typing.NewType('UserId', int).__name__ if hasattr(typing.NewType('U', int), '__name__') else 'UserId')
print(typing.Annotated[int, 'meta'], typing.get_args(typing.Annotated[int, 'm']))
def deco(fn): return typing.no_type_check(fn)
print(deco(g).__name__, typing.assert_type(5, int) if hasattr(typing, 'assert_type') else 5, typing.reveal_type if False else 0)
print(typing.Self if hasattr(typing, 'Self') else 'typing.Self', typing.LiteralString if hasattr(typing, 'LiteralString') else 'typing.LiteralString', typing.Never if hasattr(typing, 'Never') else 'typing.Never')
