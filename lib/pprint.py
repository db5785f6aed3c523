"""Pretty-print data structures: a repr that fits in a width, breaking
lists, tuples, dicts, sets, strings and bytes over lines as CPython's
pprint does (dict keys sorted by default)."""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Print object pretty-printed on stream (sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint without sorting dict keys."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr that survives recursive structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders values of any types: by < when they support it, else by type
    name and id."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_scalars = (str, bytes, bytearray, float, complex, bool, type(None))


def _own_repr(typ, base):
    # typ is base or a subclass that keeps base's repr
    return issubclass(typ, base) and getattr(typ, "__repr__", None) is base.__repr__


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Buffer()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, dict(context), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            printer = self._printer_for(object)
            if printer is not None:
                context[key] = 1
                printer(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _printer_for(self, object):
        typ = type(object)
        r = getattr(typ, "__repr__", None)
        for base, printer in _printers:
            if r is base.__repr__ and issubclass(typ, base):
                return printer
        return None

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        end = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write("{")
            end = "}"
        else:
            stream.write(typ.__name__ + "({")
            end = "})"
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        limit_last = limit = self._width - indent
        rep = ""
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                limit_last -= allowance
            if len(rep) <= limit_last:
                chunks.append(rep)
                continue
            # break the line after runs of whitespace
            parts = _split_words(line)
            room = limit
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    room -= allowance
                if len(repr(candidate)) > room:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        for i, chunk in enumerate(chunks):
            if i > 0:
                stream.write("\n" + " " * indent)
            stream.write(chunk)
        if level == 1:
            stream.write(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write("(")
        sep = ""
        for rep in _wrap_bytes(object, self._width - indent, allowance):
            stream.write(sep)
            stream.write(rep)
            if not sep:
                sep = "\n" + " " * indent
        if parens:
            stream.write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write("})")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        maxlen = getattr(object, "maxlen", None)
        if maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, self._repr(maxlen, context, level)))

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        sep = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(": ")
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(sep)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        sep_nl = ",\n" + " " * indent
        sep = ""
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            following = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if sep:
                        sep = sep_nl
                if width >= w:
                    width -= w
                    stream.write(sep)
                    sep = ", "
                    stream.write(rep)
                    continue
            stream.write(sep)
            sep = sep_nl
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _scalars:
            return repr(object), True, False
        if _own_repr(typ, int):
            if self._underscore_numbers:
                return format(object, "_d"), True, False
            return repr(object), True, False
        if _own_repr(typ, dict):
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(parts), readable, recursive
        is_list = _own_repr(typ, list)
        if is_list or _own_repr(typ, tuple):
            if is_list:
                if not object:
                    return "[]", True, False
                fmt = "[%s]"
            elif len(object) == 1:
                fmt = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                fmt = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                parts.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[key]
            return fmt % ", ".join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False


class _Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


def _split_words(line):
    # runs of non-space followed by their trailing whitespace
    parts = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _wrap_bytes(object, width, allowance):
    current = b""
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _collection_printers():
    out = []
    try:
        import collections
    except ImportError:
        return out
    for name, meth in (("OrderedDict", PrettyPrinter._pprint_ordered_dict),
                       ("defaultdict", PrettyPrinter._pprint_default_dict),
                       ("Counter", PrettyPrinter._pprint_counter),
                       ("deque", PrettyPrinter._pprint_deque)):
        cls = getattr(collections, name, None)
        if cls is not None:
            out.append((cls, meth))
    return out


# (type, printer): a value whose type keeps that type's __repr__ is broken
# over lines by the printer; subclasses come first
_printers = _collection_printers() + [
    (dict, PrettyPrinter._pprint_dict),
    (list, PrettyPrinter._pprint_list),
    (tuple, PrettyPrinter._pprint_tuple),
    (set, PrettyPrinter._pprint_set),
    (frozenset, PrettyPrinter._pprint_set),
    (str, PrettyPrinter._pprint_str),
    (bytes, PrettyPrinter._pprint_bytes),
    (bytearray, PrettyPrinter._pprint_bytearray),
]
