# contextvars (PEP 567). The current Context is _current; asyncio runs
# each task and callback in its own Context (a copy made when it was
# created), switching _current around every step.
import sys

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_NO_DEFAULT = object()


class Context:
    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError("cannot enter context: {!r} is already entered".format(self))
        saved = _current
        _current = self
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got {!r}".format(var))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got {!r}".format(var))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got {!r}".format(var))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got {}".format(len(args)))
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got {!r}".format(token))
        if token._used:
            raise RuntimeError("{!r} has already been used once".format(token))
        if token._var is not self:
            raise ValueError("{!r} was created by a different ContextVar".format(token))
        if token._ctx is not _current:
            raise ValueError("{!r} was created in a different Context".format(token))
        token._used = True
        if token._old_value is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value

    def __repr__(self):
        r = "<ContextVar name={!r}".format(self._name)
        if self._default is not _NO_DEFAULT:
            r += " default={!r}".format(self._default)
        return r + " at {:#x}>".format(id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __hash__(self):
        return id(self)


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    MISSING = _Missing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token{} var={!r} at {:#x}>".format(used, self._var, id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def copy_context():
    return _current.copy()


# CPython's classes live in _contextvars (their reprs say so)
Context.__module__ = ContextVar.__module__ = Token.__module__ = "_contextvars"

_current = Context()


def _register():
    # asyncio gives every task and callback its own context from now on.
    import asyncio
    asyncio._use_contextvars(sys.modules[__name__])


_register()
