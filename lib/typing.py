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


class _NamedTupleMeta(type):
    # Building a class on NamedTuple makes a collections.namedtuple from
    # its annotations and defaults, with the class body's other members.
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root"):
            return super().__new__(mcls, typename, bases, ns)
        from collections import namedtuple
        ann = ns.get("__annotations__", {})
        fields = list(ann)
        defaults = []
        for f in fields:
            if f in ns:
                defaults.append(ns[f])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (f, "s" if len(defaults) > 1 else "", ", ".join(fields[:fields.index(f)][-len(defaults):])))
        nt = namedtuple(typename, fields, defaults=defaults)
        nt.__annotations__ = dict(ann)
        nt.__module__ = ns.get("__module__", nt.__module__)
        for k, v in ns.items():
            if k in ann or k in ("__annotations__", "__module__", "__qualname__"):
                continue
            if k in ("_make", "_replace", "_asdict", "_fields", "_field_defaults", "__new__", "__init__", "__slots__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + k)
            setattr(nt, k, v)
        return nt


_NamedTupleBase = _NamedTupleMeta("NamedTuple", (), {"_root": True})


class _NamedTupleFactory:
    def __call__(self, typename, fields=None, /, **kwargs):
        from collections import namedtuple
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = namedtuple(typename, [f for f, _ in fields])
        nt.__annotations__ = dict(fields)
        return nt

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleFactory()


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
