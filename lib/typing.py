"""The typing module: generic aliases with CPython's reprs, equality and
get_origin/get_args; Union and Optional (flattened, deduplicated),
Literal, Annotated, Callable, ClassVar, Final; TypeVar, Generic and
Protocol (runtime_checkable isinstance checks); NamedTuple, TypedDict,
NewType; get_type_hints. Types are not checked at run time, as in
CPython."""

import collections
import collections.abc
import sys
import types
from abc import ABCMeta, abstractmethod


def _type_repr(obj):
    # How CPython's typing names an argument in a repr.
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
    return tuple(params)


class ForwardRef:
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, NoReturn, Union, Optional, ClassVar, ...: repr typing.Name,
    not instantiable, not usable with isinstance."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == "Any":  # a class in 3.11
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate %r" % self)

    def __instancecheck__(self, obj):
        raise TypeError("%r cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%r cannot be used with issubclass()" % self)

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError("%r is not subscriptable" % self)
        return self._getitem(self, params)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


class _GenericAlias(_Final):
    """X[args]: __origin__ and __args__, CPython's repr and equality."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _type_check(a) for a in args)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return name + "[()]"
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % self)
        if len(params) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
                "many" if len(params) > len(self.__parameters__) else "few", self, len(params), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            if Protocol in bases or any(isinstance(b, _GenericAlias) and b.__origin__ is Protocol for b in bases):
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or isinstance(b, type) and issubclass(b, Generic):
                    return ()
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr in ("_name", "_inst"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _subst(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _SpecialGenericAlias(_Final):
    """typing.List and the like: the unsubscripted alias of a class."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for typing.%s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few", self._name, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name, self._inst)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), "Callable")
        if not isinstance(args, (list, tuple)):
            args = [args]
        return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), "Callable")


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, "Tuple")


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _GenericAlias):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return any(issubclass(cls, a) for a in self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _type_check(p)
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for x in items:
            if x not in flat:
                flat.append(x)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, params):
    if isinstance(params, tuple):
        raise TypeError("typing.Optional requires a single type. Got %r." % (params,))
    return Union[params, None]


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args):
        _GenericAlias.__init__(self, origin, ())
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        items = p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,)
        for x in items:
            if not any(type(x) is type(y) and x == y for y in flat):
                flat.append(x)
    return _LiteralGenericAlias(self, tuple(flat))


def _one_type(self, params):
    if isinstance(params, tuple):
        if len(params) != 1:
            raise TypeError("%r accepts only single type. Got %r." % (self, params))
        params = params[0]
    return _GenericAlias(self, (params,), self._name)


def _concat_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(self, params, self._name)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__), ", ".join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        origin = _type_check(params[0])
        metadata = tuple(params[1:])
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        return _AnnotatedAlias(origin, metadata)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _one_type)
Final = _SpecialForm("Final", _one_type)
TypeGuard = _SpecialForm("TypeGuard", _one_type)
Required = _SpecialForm("Required", _one_type)
NotRequired = _SpecialForm("NotRequired", _one_type)
Unpack = _SpecialForm("Unpack", _one_type)
Concatenate = _SpecialForm("Concatenate", _concat_getitem)
TypeAlias = _SpecialForm("TypeAlias")

_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, "Hashable")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, "AsyncIterator")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible")
Sized = _SpecialGenericAlias(_abc.Sized, 0, "Sized")
Container = _SpecialGenericAlias(_abc.Container, 1, "Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection")
Callable = _CallableType(_abc.Callable, 2, "Callable")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, "ByteString")
Tuple = _TupleType(tuple, -1, "Tuple", inst=False)
List = _SpecialGenericAlias(list, 1, "List", inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
Set = _SpecialGenericAlias(set, 1, "Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", inst=False)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView")
Dict = _SpecialGenericAlias(dict, 2, "Dict", inst=False)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, "ChainMap")
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, "AsyncGenerator")
Type = _SpecialGenericAlias(type, 1, "Type")
del _abc


def _lazy_alias(modname, attr, nparams, name):
    mod = __import__(modname)
    for part in modname.split(".")[1:]:
        mod = getattr(mod, part)
    return _SpecialGenericAlias(getattr(mod, attr), nparams, name)


try:
    ContextManager = _lazy_alias("contextlib", "AbstractContextManager", 1, "ContextManager")
    AsyncContextManager = _lazy_alias("contextlib", "AbstractAsyncContextManager", 1, "AsyncContextManager")
except ImportError:
    pass
try:
    import re as _re
    Pattern = _SpecialGenericAlias(_re.Pattern, 1, "Pattern")
    Match = _SpecialGenericAlias(_re.Match, 1, "Match")
    del _re
except (ImportError, AttributeError):
    pass

Text = str
TYPE_CHECKING = False


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base of generic classes: Box[int] is an alias of Box with its
    TypeVars given."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            if not all(isinstance(p, (TypeVar, TypeVarTuple)) for p in params):
                raise TypeError("Parameters to %s[...] must all be type variables or parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
        else:
            expected = getattr(cls, "__parameters__", ())
            if not expected:
                raise TypeError("%r is not a generic class" % (cls,))
            if len(params) != len(expected):
                raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
                    "many" if len(params) > len(expected) else "few", cls, len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        gvars = None
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                if base.__origin__ in (Generic, Protocol):
                    gvars = base.__parameters__
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if gvars is not None:
            extra = [t for t in tvars if t not in gvars]
            if extra:
                raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
                    ", ".join(str(t) for t in extra), ", ".join(str(g) for g in gvars)))
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {}).keys()):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol", "_is_runtime_protocol",
                    "__dict__", "__args__", "__slots__", "__next_in_mro__", "__parameters__", "__origin__",
                    "__orig_bases__", "__extra__", "__tree_hash__", "__doc__", "__subclasshook__", "__init__",
                    "__new__", "__module__", "_MutableMapping__marker", "__qualname__", "__init_subclass__",
                    "__class_getitem__", "__protocol_attrs__"):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False) and not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if cls.__dict__.get("_is_protocol", False):
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            return all(any(attr in b.__dict__ for b in other.__mro__) for attr in _protocol_attrs(cls)) or \
                super().__subclasscheck__(other)
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "_is_runtime_protocol" not in cls.__dict__:
            cls._is_runtime_protocol = False


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method, rtype):
    ns = {method: abstractmethod(lambda self: None), "__slots__": ()}
    cls = _ProtocolMeta(name, (Protocol,), ns)
    cls._is_protocol = True
    return runtime_checkable(cls)


SupportsInt = _supports("SupportsInt", "__int__", int)
SupportsFloat = _supports("SupportsFloat", "__float__", float)
SupportsComplex = _supports("SupportsComplex", "__complex__", complex)
SupportsBytes = _supports("SupportsBytes", "__bytes__", bytes)
SupportsIndex = _supports("SupportsIndex", "__index__", int)
SupportsAbs = _supports("SupportsAbs", "__abs__", None)
SupportsRound = _supports("SupportsRound", "__round__", None)


class IO(Generic):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


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




class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        ann = {}
        required, optional = set(), set()
        for base in bases:
            if isinstance(base, _TypedDictMeta):
                ann.update(base.__dict__.get("__annotations__", {}))
                required |= base.__dict__.get("__required_keys__", frozenset())
                optional |= base.__dict__.get("__optional_keys__", frozenset())
        own = ns.get("__annotations__", {})
        ann.update(own)
        for k, v in own.items():
            origin = getattr(v, "__origin__", None)
            if origin is Required or (total and origin is not NotRequired):
                required.add(k)
            else:
                optional.add(k)
        ns = dict(ns)
        ns["__annotations__"] = ann
        cls = type.__new__(mcls, name, (dict,), ns)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


class _TypedDictFactory:
    """TypedDict: a class statement's base, or TypedDict('Name', {...})."""

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {"__annotations__": dict(fields)}
        try:
            ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictFactory()


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __call__(self, x):
        return x

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: `%s = NewType(%r, %s)`"
                        % ("ProUserId", "ProUserId", self.__name__))


def cast(typ, val):
    return val


_overloads = {}


def overload(func):
    _overloads.setdefault(getattr(func, "__qualname__", None), []).append(func)

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-decorated functions "
            "outside a stub module should always be followed by an implementation that is not @overload-ed.")
    return _overload_dummy


def get_overloads(func):
    return list(_overloads.get(getattr(func, "__qualname__", None), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def _eval(value, globalns, localns):
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _eval(eval(value.__forward_arg__, globalns, localns), globalns, localns)
    if value is None:
        return type(None)
    if isinstance(value, _GenericAlias) and not isinstance(value, (_LiteralGenericAlias, _AnnotatedAlias)):
        args = tuple(a if a is ... else _eval(a, globalns, localns) for a in value.__args__)
        if args != value.__args__:
            return value.copy_with(args)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = globalns
            if g is None:
                g = getattr(sys.modules.get(base.__module__), "__dict__", {})
            l = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval(value, g, l)
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isinstance(obj, types.ModuleType):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    g = globalns
    if g is None:
        g = getattr(obj, "__globals__", None) or getattr(obj, "__dict__", {})
    return {name: _eval(value, g, localns) for name, value in ann.items()}


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn
