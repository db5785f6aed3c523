"""Helpers shared by the unittest modules: reprs that never fail and are
shortened like CPython's, and the element-count differences of
assertCountEqual."""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
# room for the differing part: a shortened common prefix and a shortened
# tail each take a placeholder
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        text = text[:_MAX_LENGTH] + " [truncated]..."
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(s, keep_front, keep_back):
    cut = len(s) - keep_front - keep_back
    if cut <= _PLACEHOLDER_LEN:
        return s
    return "%s[%d chars]%s" % (s[:keep_front], cut, s[len(s) - keep_back:])


def _prefix_of(strings):
    if not strings:
        return ""
    lo, hi = min(strings), max(strings)
    n = 0
    while n < len(lo) and n < len(hi) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _common_shorten_repr(*objs):
    reprs = tuple(safe_repr(o) for o in objs)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    common = _prefix_of(reprs)
    n = len(common)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(common, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n:] for r in reprs)
    head = _shorten(common, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def sorted_list_difference(expected, actual):
    """Items missing from and unexpected in two sorted lists."""
    i = j = 0
    missing, unexpected = [], []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def _count_diff_hashable(first, second):
    """(count in first, count in second, element) for each element whose
    counts differ: elements of first in first-seen order, then those only
    in second."""
    a, b = {}, {}
    for x in first:
        a[x] = a.get(x, 0) + 1
    for x in second:
        b[x] = b.get(x, 0) + 1
    out = []
    for x, n in a.items():
        m = b.get(x, 0)
        if n != m:
            out.append((n, m, x))
    for x, m in b.items():
        if x not in a:
            out.append((0, m, x))
    return out


def _count_diff_all_purpose(first, second):
    """As _count_diff_hashable, for elements compared only with ==."""
    gone = object()
    a, b = list(first), list(second)
    out = []
    for i in range(len(a)):
        x = a[i]
        if x is gone:
            continue
        n = 0
        for k in range(i, len(a)):
            if a[k] is not gone and a[k] == x:
                n += 1
                a[k] = gone
        m = 0
        for k in range(len(b)):
            if b[k] is not gone and b[k] == x:
                m += 1
                b[k] = gone
        if n != m:
            out.append((n, m, x))
    for i in range(len(b)):
        y = b[i]
        if y is gone:
            continue
        m = 0
        for k in range(i, len(b)):
            if b[k] is not gone and b[k] == y:
                m += 1
                b[k] = gone
        out.append((0, m, y))
    return out
