"""Abstract base classes of containers (names for isinstance checks)."""

from abc import ABCMeta, abstractmethod


def _check(cls, subclass, *methods):
    mro = getattr(subclass, "__mro__", ())
    for m in methods:
        for base in mro:
            if m in base.__dict__:
                if base.__dict__[m] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class Hashable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__hash__") if cls is Hashable else NotImplemented


class Iterable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__iter__") if cls is Iterable else NotImplemented


class Iterator(Iterable):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__iter__", "__next__") if cls is Iterator else NotImplemented


class Reversible(Iterable):
    pass


class Generator(Iterator):
    pass


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__len__") if cls is Sized else NotImplemented


class Container(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__contains__") if cls is Container else NotImplemented


class Callable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__call__") if cls is Callable else NotImplemented


class Collection(Sized, Iterable, Container):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__len__", "__iter__", "__contains__") if cls is Collection else NotImplemented


class Sequence(Reversible, Collection):
    pass


class MutableSequence(Sequence):
    pass


class Set(Collection):
    pass


class MutableSet(Set):
    pass


class Mapping(Collection):
    pass


class MutableMapping(Mapping):
    pass


class MappingView(Sized):
    pass


class KeysView(MappingView, Set):
    pass


class ItemsView(MappingView, Set):
    pass


class ValuesView(MappingView, Collection):
    pass


class Awaitable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__await__") if cls is Awaitable else NotImplemented


class Coroutine(Awaitable):
    pass


class AsyncIterable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return _check(cls, C, "__aiter__") if cls is AsyncIterable else NotImplemented


class AsyncIterator(AsyncIterable):
    pass


class AsyncGenerator(AsyncIterator):
    pass


class ByteString(Sequence):
    pass


for _t in (tuple, str, range, memoryview, bytes, bytearray, list):
    Sequence.register(_t)
for _t in (list, bytearray):
    MutableSequence.register(_t)
for _t in (frozenset, set):
    Set.register(_t)
MutableSet.register(set)
Mapping.register(dict)
MutableMapping.register(dict)
ByteString.register(bytes)
ByteString.register(bytearray)
del _t
