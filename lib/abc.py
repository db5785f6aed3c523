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
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        cache = cls.__dict__.get("_abc_cache")
        if cache is None or cache[0] != _abc_invalidation_counter:
            cache = (_abc_invalidation_counter, {})
            type.__setattr__(cls, "_abc_cache", cache)
        res = cache[1].get(subclass)
        if res is None:
            res = cache[1][subclass] = cls._abc_check(subclass)
        return res

    def _abc_check(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            res = hook(subclass)
            if res is not NotImplemented:
                return bool(res)
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for r in cls._abc_registry:
            if issubclass(subclass, r):
                return True
        # a class registered with (or derived from) a subclass of cls
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                return True
        return False


_abc_invalidation_counter = 0


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
