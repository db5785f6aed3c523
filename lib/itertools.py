"""Iterator building blocks."""


_MISSING = object()  # an argument not given


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def _accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = iter(next(self._its))


def compress(data, selectors):
    return (d for d, s in zip(iter(data), iter(selectors)) if s)


def _dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def _filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id_):
        while self._id is id_ and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    for element in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1


def _pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def _starmap(function, iterable):
    for args in iterable:
        yield function(*tuple(args))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


class _tee:
    """One of tee's iterators. The tees of one source share a linked list
    of the values read ([value, next] cells), which each walks at its own
    pace; cells no tee can reach any more are garbage."""

    __slots__ = ("_it", "_cell")

    def __init__(self, it, cell):
        self._it = it
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        nxt = cell[1]
        if nxt is None:
            nxt = cell[1] = [next(self._it), None]
        self._cell = nxt
        return nxt[0]

    def __copy__(self):
        return _tee(self._it, self._cell)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def _zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def _product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def _permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def _combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


# The generators above run only when first iterated; CPython's itertools
# check their arguments and call iter() when the object is made, so these
# wrappers do that first.


def _index_or_none(v, msg):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        raise ValueError(msg) from None
    if v < 0:
        raise ValueError(msg)
    return v


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, "__index__"):
                raise TypeError("a number is required")
        self._n, self._step = start, step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


def cycle(*args, **kw):
    if kw:
        raise TypeError("cycle() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("cycle expected 1 argument, got %d" % len(args))
    return _cycle(iter(args[0]))


class repeat:
    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        obj = object
        if times is not None:
            if not isinstance(times, int):
                if not hasattr(times, "__index__"):
                    raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
                times = times.__index__()
            if not -(1 << 63) <= times < (1 << 63):
                raise OverflowError("Python int too large to convert to C ssize_t")
            times = max(times, 0)
        self._obj, self._times = obj, times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


def accumulate(iterable=_MISSING, func=None, *, initial=None):
    if iterable is _MISSING:
        raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
    return _accumulate(iter(iterable), func, initial=initial)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def islice(*args):
    if len(args) < 2:
        raise TypeError("islice expected at least 2 arguments, got %d" % len(args))
    if len(args) > 4:
        raise TypeError("islice expected at most 4 arguments, got %d" % len(args))
    iterable = args[0]
    if len(args) == 2:
        start, stop, step = None, args[1], None
    else:
        start, stop = args[1], args[2]
        step = args[3] if len(args) == 4 else None
    stop = _index_or_none(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    start = _index_or_none(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    step = _index_or_none(step, "Step for islice() must be a positive integer or None.")
    if step == 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start or 0, stop, step or 1)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def zip_longest(*args, fillvalue=None):
    return _zip_longest(*[iter(a) for a in args], fillvalue=fillvalue)


def product(*args, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product(*[tuple(a) for a in args], repeat=repeat)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is not None:
        _check_r(r)
    return _permutations(pool, r)




def combinations(iterable, r=_MISSING):
    if r is _MISSING:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)
