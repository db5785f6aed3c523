"""Weak references: ref from the Go module _weakref, and the containers
and finalize built on it, with CPython's API."""

from _weakref import ref, ReferenceType, _run_callbacks
import _weakref
import operator as _operator

__all__ = ["ref", "ReferenceType", "WeakValueDictionary", "WeakKeyDictionary",
           "WeakSet", "finalize", "WeakMethod", "getweakrefcount", "getweakrefs",
           "proxy", "ProxyType", "CallableProxyType", "ProxyTypes"]


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakMethod:
    """A weak reference to a bound method that lives as long as its object."""

    def __init__(self, meth, callback=None):
        if callback is not None:
            wm = self
            self._ref = ref(meth.__self__, lambda r: callback(wm))
        else:
            self._ref = ref(meth.__self__)
        self._func = meth.__func__

    def __call__(self):
        obj = self._ref()
        if obj is None:
            return None
        return self._func.__get__(obj, type(obj))


class WeakValueDictionary:
    def __init__(self, other=(), **kw):
        self._data = {}
        self.update(other, **kw)

    def _remover(self, key):
        data = self._data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]
        return remove

    def __setitem__(self, key, value):
        self._data[key] = ref(value, self._remover(key))

    def __getitem__(self, key):
        o = self._data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        wr = self._data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self._data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self._data.items()):
            if wr() is not None:
                yield k

    keys = __iter__

    def values(self):
        for wr in list(self._data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for k, wr in list(self._data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def get(self, key, default=None):
        wr = self._data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *default):
        wr = self._data.pop(key, None)
        o = wr() if wr is not None else None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)


class WeakKeyDictionary:
    def __init__(self, other=()):
        self._data = {}
        self.update(other)

    def _remove(self, wr):
        self._data.pop(wr, None)

    def __setitem__(self, key, value):
        self._data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._data

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __iter__(self):
        for wr in list(self._data):
            o = wr()
            if o is not None:
                yield o

    keys = __iter__

    def values(self):
        for wr, v in list(self._data.items()):
            if wr() is not None:
                yield v

    def items(self):
        for wr, v in list(self._data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def pop(self, key, *default):
        return self._data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key, self._remove), default)

    def update(self, other=()):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)


class WeakSet:
    def __init__(self, data=()):
        self._data = set()
        for x in data:
            self.add(x)

    def _remove(self, wr):
        self._data.discard(wr)

    def add(self, item):
        self._data.add(ref(item, self._remove))

    def discard(self, item):
        self._data.discard(ref(item))

    def remove(self, item):
        self._data.remove(ref(item))

    def __contains__(self, item):
        try:
            return ref(item) in self._data
        except TypeError:
            return False

    def __iter__(self):
        for wr in list(self._data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self)


class finalize:
    """Call func(*args, **kwargs) when obj is collected (or at exit)."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._key = object()
        finalize._registry[self._key] = (func, args, kwargs)
        self._ref = ref(obj, self._fire)
        self.atexit = True

    def _fire(self, wr=None):
        entry = finalize._registry.pop(self._key, None)
        if entry is not None:
            func, args, kwargs = entry
            return func(*args, **kwargs)

    def __call__(self, _=None):
        return self._fire()

    def detach(self):
        entry = finalize._registry.pop(self._key, None)
        obj = self._ref()
        if entry is None or obj is None:
            return None
        return (obj,) + entry

    def peek(self):
        entry = finalize._registry.get(self._key)
        obj = self._ref()
        if entry is None or obj is None:
            return None
        return (obj,) + entry

    @property
    def alive(self):
        return self._key in finalize._registry


def _proxy_target(p):
    obj = object.__getattribute__(p, "_proxy_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


def _proxy_op(fn, reflected=False):
    if reflected:
        return lambda self, other: fn(other, _proxy_target(self))
    return lambda self, *args: fn(_proxy_target(self), *args)


class ProxyType:
    """A weak proxy: attribute access and operators go to the referent
    while it lives, then raise ReferenceError."""

    __slots__ = ("_proxy_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is not None:
            proxy = self
            r = ref(obj, lambda _r: callback(proxy))
        else:
            r = ref(obj)
        object.__setattr__(self, "_proxy_ref", r)

    def __getattribute__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_proxy_ref")()
        return "<weakproxy at %#x; %s>" % (id(self), "dead" if obj is None else
                                              "to %s at %#x" % (type(obj).__name__, id(obj)))

    def __str__(self):
        return str(_proxy_target(self))

    def __bool__(self):
        return bool(_proxy_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    __len__ = _proxy_op(len)
    __iter__ = _proxy_op(iter)
    __next__ = _proxy_op(next)
    __contains__ = _proxy_op(lambda obj, v: v in obj)
    __getitem__ = _proxy_op(_operator.getitem)
    __setitem__ = _proxy_op(_operator.setitem)
    __delitem__ = _proxy_op(_operator.delitem)
    __index__ = _proxy_op(_operator.index)
    __int__ = _proxy_op(int)
    __float__ = _proxy_op(float)
    __neg__ = _proxy_op(_operator.neg)
    __pos__ = _proxy_op(_operator.pos)
    __abs__ = _proxy_op(abs)
    __eq__ = _proxy_op(_operator.eq)
    __ne__ = _proxy_op(_operator.ne)
    __lt__ = _proxy_op(_operator.lt)
    __le__ = _proxy_op(_operator.le)
    __gt__ = _proxy_op(_operator.gt)
    __ge__ = _proxy_op(_operator.ge)
    for _name, _fn in (("add", _operator.add), ("sub", _operator.sub), ("mul", _operator.mul),
                       ("truediv", _operator.truediv), ("floordiv", _operator.floordiv),
                       ("mod", _operator.mod), ("pow", pow), ("and", _operator.and_),
                       ("or", _operator.or_), ("xor", _operator.xor)):
        locals()["__%s__" % _name] = _proxy_op(_fn)
        locals()["__r%s__" % _name] = _proxy_op(_fn, True)
    del _name, _fn


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


ProxyTypes = (ProxyType, CallableProxyType)
