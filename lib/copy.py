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


def _user_method(cls, name):
    # name as defined by a class of cls's MRO other than object
    for k in cls.__mro__:
        if name in k.__dict__:
            return None if k is object else k.__dict__[name]
    return None


def _slot_names(cls):
    names = []
    for k in cls.__mro__:
        slots = k.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for n in slots:
            if n in ("__dict__", "__weakref__"):
                continue
            if n.startswith("__") and not n.endswith("__"):
                n = "_%s%s" % (k.__name__.lstrip("_"), n)
            if n not in names:
                names.append(n)
    return names


def _set_state(y, state, memo):
    if memo is not None:
        state = deepcopy(state, memo)
    if hasattr(y, "__setstate__") and _user_method(type(y), "__setstate__") is not None:
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _from_reduce(x, rv, memo):
    rv = tuple(rv) + (None,) * (5 - len(rv))
    func, args, state, listiter, dictiter = rv[:5]
    if memo is not None:
        args = deepcopy(args, memo)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    if listiter is not None:
        for item in listiter:
            y.append(item if memo is None else deepcopy(item, memo))
    if dictiter is not None:
        for k, v in dictiter:
            if memo is not None:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y


def _reconstruct(x, memo):
    cls = type(x)
    # a class's own __reduce_ex__/__reduce__ says how to rebuild it
    if _user_method(cls, "__reduce_ex__") is not None:
        rv = x.__reduce_ex__(4)
    elif _user_method(cls, "__reduce__") is not None:
        rv = x.__reduce__()
    else:
        rv = None
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _from_reduce(x, rv, memo)
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
    if _user_method(cls, "__getstate__") is not None:
        state = x.__getstate__()
    else:
        state = getattr(x, "__dict__", None)
        slotstate = {}
        for n in _slot_names(cls):
            try:
                slotstate[n] = getattr(x, n)
            except AttributeError:
                pass
        if slotstate:
            state = (state, slotstate)
    if state:
        _set_state(y, state, memo)
    return y
