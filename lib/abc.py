"""Abstract base classes: ABC, ABCMeta, abstractmethod. Instantiating a
class with abstract methods left raises TypeError, as in CPython."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def abstractclassmethod(f):
    f.__isabstractmethod__ = True
    return classmethod(f)


def abstractstaticmethod(f):
    f.__isabstractmethod__ = True
    return staticmethod(f)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items()
                     if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, name, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        # CPython's order: the hook, the MRO, the registry, then the
        # registries of the ABC's subclasses
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
