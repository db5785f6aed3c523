"""Shallow and deep copy operations."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), frozenset, property,
           type(len), type(lambda: None))  # functions are shared, as in CPython


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


def _user_reduce(x):
    # The __reduce_ex__/__reduce__ a class defines itself (object's own
    # is not used: plain instances are rebuilt from their state below).
    for k in type(x).__mro__:
        if k is object:
            return None
        if "__reduce_ex__" in k.__dict__:
            return x.__reduce_ex__(4)
        if "__reduce__" in k.__dict__:
            return x.__reduce__()
    return None


def _slot_state(x):
    state = {}
    for k in type(x).__mro__:
        names = k.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (k.__name__.lstrip("_"), name)
            try:
                state[name] = getattr(x, name)
            except AttributeError:
                pass
    return state


def _set_state(y, state, memo):
    if memo is not None:
        state = deepcopy(state, memo)
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _reconstruct(x, memo):
    cls = type(x)
    rv = _user_reduce(x)
    if isinstance(rv, str):
        return x
    if rv is not None:
        func, args = rv[0], rv[1]
        state = rv[2] if len(rv) > 2 else None
        listiter = rv[3] if len(rv) > 3 else None
        dictiter = rv[4] if len(rv) > 4 else None
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
                y[k if memo is None else deepcopy(k, memo)] = v if memo is None else deepcopy(v, memo)
        return y
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
    getstate = None
    for k in cls.__mro__:
        if k is object:
            break
        if "__getstate__" in k.__dict__:
            getstate = x.__getstate__
            break
    if getstate is not None:
        state = getstate()
        if state:
            _set_state(y, state, memo)
        return y
    state = getattr(x, "__dict__", None)
    slots = _slot_state(x)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for k, v in slots.items():
        setattr(y, k, v if memo is None else deepcopy(v, memo))
    return y
