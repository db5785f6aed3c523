# typing: alias reprs, equality, substitution and the runtime checks of CPython's test_typing.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, List, Literal, Optional, Protocol, Set,
                    Tuple, Type, TypeVar, Union, Annotated, get_args, get_origin, get_type_hints, NewType, TypedDict)
T = TypeVar('T'); KT = TypeVar('KT'); VT = TypeVar('VT'); Co = TypeVar('Co', covariant=True); Contra = TypeVar('Contra', contravariant=True)
print(T, Co, Contra, Dict[str, List[int]], Tuple[()], Tuple[int], Tuple[int, str], Set[Tuple[int, ...]], FrozenSet[bytes], Type[int])
print(Callable[..., int], Callable[[], None], Callable[[int, str], List[T]], Dict[KT, VT][str, int], List[T][int], Dict[str, T][float])
print(Union[int, Union[str, int]], Union[int, None], Optional[Union[int, str]], Union[None, str], Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Optional[int] == Union[int, None], Union[int, None] == (int | None), Union[List[int], None], Optional[Optional[int]])
print(Literal[1, 2, 1], Literal[1, Literal[2, 3]], Literal[True, 1] == Literal[1, True], Annotated[Annotated[int, 'a'], 'b'], ClassVar[List[int]], Final[int])
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(Annotated[int, 1]), get_origin(Literal[1]), get_origin(Callable[[int], str]), get_origin(int), get_origin(Generic), get_origin(Dict))
print(get_args(List[int]), get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_args(Union[int, None]), get_args(Literal['x']), get_args(int), get_args(Dict[str, int]))
print(List[int] == List[int], List[int] == List[str], List[int] == list, List == List, hash(List[int]) == hash(List[int]), Dict[str, int].__origin__, List[int].__args__)
for bad in (lambda: List[int](), lambda: List(), lambda: isinstance([], List[int]), lambda: issubclass(list, Dict[str, int]), lambda: Union[()], lambda: Any(),
            lambda: isinstance(1, Any), lambda: Dict[int], lambda: List[int, str], lambda: TypeVar('X', int), lambda: Generic[int], lambda: Callable[int, str],
            lambda: Optional[int, str], lambda: type('X', (Union[int, str],), {}), lambda: ClassVar[int, str], lambda: Generic[T, T]):
    try: print(bad())
    except TypeError as e: print('TypeError', e)
print(isinstance([], List), issubclass(list, typing.List), isinstance({}, typing.Mapping), isinstance(iter([]), typing.Iterator), issubclass(dict, typing.MutableMapping), isinstance(3, typing.Hashable))
print(isinstance(5, Union[int, str]), isinstance(5.0, int | str), isinstance(5, Optional[int]), issubclass(bool, Union[int, str]))
class Box(Generic[T]):
    def __init__(self, v=None): self.v = v
class Pair(Generic[KT, VT]): pass
class IntBox(Box[int]): pass
class Sub(Box[T], Generic[T]): pass
print(Box.__parameters__, Pair.__parameters__, IntBox.__parameters__, Sub.__parameters__, Box[int], Pair[str, int], Box[List[T]][int], IntBox.__mro__[1] is Box)
b = Box[int](3); print(b.v, b.__orig_class__, type(b).__name__)
try: Pair[int]
except TypeError as e: print(e)
try: IntBox[int]
except TypeError as e: print(e)
@typing.runtime_checkable
class Closable(Protocol):
    def close(self): ...
class HasName(Protocol):
    name: str
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), isinstance(open(__file__), Closable))
try: isinstance(F(), HasName)
except TypeError as e: print(e)
try: typing.runtime_checkable(F)
except TypeError as e: print(str(e)[:60])
print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(2.5, typing.SupportsFloat), isinstance(1, typing.SupportsIndex), isinstance(1.0, typing.SupportsIndex))
class A:
    x: int
    y: 'List[str]'
    z: ClassVar[int] = 3
class B(A):
    w: 'Optional[B]'
print(get_type_hints(A), get_type_hints(B)['w'], get_type_hints(lambda: None))
def f(a: 'int', b: List['str'] = None) -> None: pass
print(get_type_hints(f), f.__annotations__)
UserId = NewType('UserId', int); print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
Movie = TypedDict('Movie', {'name': str, 'year': int}); print(Movie(name='x', year=1), sorted(Movie.__required_keys__), Movie.__annotations__)
class M2(Movie, total=False):
    extra: bool
print(sorted(M2.__required_keys__), sorted(M2.__optional_keys__), M2.__total__, typing.is_typeddict(M2), typing.is_typeddict(dict))
try: isinstance({}, M2)
except TypeError as e: print(e)
@typing.overload
def g(x: int) -> int: ...
@typing.overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), len(typing.get_overloads(g)))
print(repr(typing.AnyStr), typing.AnyStr.__constraints__, typing.Text is str, typing.ForwardRef('X'), typing.ForwardRef('X') == typing.ForwardRef('X'))
print(typing.Iterable[int] == typing.Iterable[int], typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.Pattern[str], typing.Generator[int, None, None])
