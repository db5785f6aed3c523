"""Names of the typing module, so that annotated programs run. Types are
not checked at run time (as in CPython); generic aliases subscript to
themselves."""


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing." + self._name)

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


for _n in ("Any", "Union", "Optional", "List", "Dict", "Set", "FrozenSet", "Tuple", "Type",
           "Callable", "Iterable", "Iterator", "Generator", "AsyncGenerator", "AsyncIterator",
           "AsyncIterable", "Awaitable", "Coroutine", "Sequence", "MutableSequence", "Mapping",
           "MutableMapping", "Deque", "DefaultDict", "OrderedDict", "Counter", "ChainMap",
           "ClassVar", "Final", "Literal", "Annotated", "NoReturn", "Never", "Self",
           "ByteString", "Hashable", "Sized", "Container", "Collection", "Reversible",
           "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "Pattern", "Match",
           "IO", "TextIO", "BinaryIO", "LiteralString", "TypeGuard", "Concatenate", "Unpack",
           "Required", "NotRequired", "AbstractSet", "MutableSet", "KeysView", "ValuesView",
           "ItemsView", "ContextManager", "AsyncContextManager"):
    globals()[_n] = _Special(_n)
del _n

Text = str
AnyStr = _Special("AnyStr")
TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def NamedTuple(typename, fields=None, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [f for f, _ in fields])


def TypedDict(typename, fields=None, total=True, **kwargs):
    return dict


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None):
    return dict(getattr(obj, "__annotations__", {}))


def get_origin(tp):
    return None


def get_args(tp):
    return ()


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable")


def reveal_type(obj):
    return obj
