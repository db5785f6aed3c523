"""Shallow and deep copy operations."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), frozenset)


def copy(x):
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in _atomic or isinstance(x, type) or callable(x) and hasattr(x, "__code__"):
        return x
    if cls is list:
        y = []
        memo[d] = y
        y.extend(deepcopy(a, memo) for a in x)
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if all(a is b for a, b in zip(x, y)):
            y = x
        memo[d] = y
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
        memo[d] = y
    elif cls is bytearray:
        y = bytearray(x)
        memo[d] = y
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
        memo[d] = y
    return y


def _reconstruct(x, memo):
    cls = type(x)
    if isinstance(x, tuple):
        items = tuple(x) if memo is None else tuple(deepcopy(a, memo) for a in x)
        y = cls.__new__(cls, *items) if hasattr(cls, "_fields") else tuple.__new__(cls, items)
    elif isinstance(x, list):
        y = cls.__new__(cls)
        y.extend(x if memo is None else [deepcopy(a, memo) for a in x])
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        for k, v in x.items():
            y[k if memo is None else deepcopy(k, memo)] = v if memo is None else deepcopy(v, memo)
    else:
        y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = x.__getstate__()
    else:
        state = getattr(x, "__dict__", None) or None
        slots = _slot_state(x)
        if slots:
            state = (state, slots)
    if state is not None:
        if memo is not None:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    return y


def _slot_state(x):
    """The values of x's __slots__ members (CPython's copyreg._slotnames)."""
    state = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            try:
                state[name] = getattr(x, name)
            except AttributeError:
                pass
    return state
