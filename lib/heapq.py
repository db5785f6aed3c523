"""Heap queue algorithm on lists (min-heap), with CPython's argument
checking and errors."""


def _changed():
    return RuntimeError("list changed size during iteration")


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    size = len(heap)
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        lt = newitem < parent
        if len(heap) != size:
            raise _changed()
        if lt:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos:
            lt = heap[childpos] < heap[rightpos]
            if len(heap) != endpos:
                raise _changed()
            if not lt:
                childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _list(name, heap, only):
    # CPython's wording: "argument" for a one-argument function,
    # "argument 1" otherwise; None is named as such.
    if not isinstance(heap, list):
        what = "None" if heap is None else type(heap).__name__
        raise TypeError("%s() argument%s must be list, not %s" % (name, "" if only else " 1", what))


def _nargs(name, args, n):
    if len(args) != n:
        if n == 1:
            raise TypeError("%s() takes exactly one argument (%d given)" % (name, len(args)))
        raise TypeError("%s expected %d arguments, got %d" % (name, n, len(args)))


def heappush(*args):
    _nargs("heappush", args, 2)
    heap, item = args
    _list("heappush", heap, False)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(*args):
    _nargs("heappop", args, 1)
    heap = args[0]
    _list("heappop", heap, True)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(*args):
    _nargs("heapreplace", args, 2)
    heap, item = args
    _list("heapreplace", heap, False)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(*args):
    _nargs("heappushpop", args, 2)
    heap, item = args
    _list("heappushpop", heap, False)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(*args):
    _nargs("heapify", args, 1)
    x = args[0]
    _list("heapify", x, True)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; equal items come in
    the order of their inputs."""
    # Heap entries are [sort key, input number, value, iterator]: the
    # input number breaks ties, so values themselves are never compared
    # beyond their keys. For reverse order the keys are wrapped so that
    # the min-heap yields the largest first.
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            heap.append([_Rev(k) if reverse else k, order, value, it])
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            k = value if key is None else key(value)
            entry[0] = _Rev(k) if reverse else k
            entry[2] = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)


class _Rev:
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]
