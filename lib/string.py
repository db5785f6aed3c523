"""String constants and capwords."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


class Formatter:
    """str.format's machinery with its steps as overridable methods:
    parse, get_field (get_value), convert_field, format_field and
    check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result, _ = self._vformat(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth, auto):
        # auto: the next automatic field number, or False once a field
        # was numbered by hand (the two cannot be mixed).
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field, spec, conv in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == "" or field[0] in ".[":
                if auto is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field = str(auto) + field
                auto += 1
            elif field.split(".")[0].split("[")[0].isdigit():
                if auto:
                    raise ValueError("cannot switch from automatic field numbering to manual field specification")
                auto = False
            obj, key = self.get_field(field, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conv)
            spec, auto = self._vformat(spec, args, kwargs, used, depth - 1, auto)
            out.append(self.format_field(obj, spec))
        return "".join(out), auto

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % conversion)

    def get_field(self, field_name, args, kwargs):
        # first part: a number or a name; then .attr and [key] parts
        i = 0
        while i < len(field_name) and field_name[i] not in ".[":
            i += 1
        first = field_name[:i]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        rest = field_name[i:]
        while rest:
            if rest[0] == ".":
                j = 1
                while j < len(rest) and rest[j] not in ".[":
                    j += 1
                if j == 1:
                    raise ValueError("Empty attribute in format string")
                obj = getattr(obj, rest[1:j])
                rest = rest[j:]
            elif rest[0] == "[":
                j = rest.find("]")
                if j < 0:
                    raise ValueError("Missing ']' in format string")
                idx = rest[1:j]
                if idx == "":
                    raise ValueError("Empty attribute in format string")
                obj = obj[int(idx) if idx.isdigit() else idx]
                rest = rest[j + 1:]
                if rest and rest[0] not in ".[":
                    raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            else:
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        return obj, key

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        s = format_string
        n = len(s)
        i = 0
        lit = []
        while i < n:
            c = s[i]
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    lit.append('}')
                    i += 2
                    yield ''.join(lit), None, None, None
                    lit = []
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                lit.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{')
                i += 2
                yield ''.join(lit), None, None, None
                lit = []
                continue
            # a field: its name (brackets may hold anything), then an
            # optional !conversion, then an optional :spec whose nested
            # braces are counted; CPython's error for each way it ends early
            j = i + 1
            while j < n and s[j] not in '!:}':
                if s[j] == '[':
                    while j < n and s[j] != ']':
                        j += 1
                    if j >= n:
                        break
                j += 1
            if j >= n:
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            name, conv, spec = s[i + 1:j], None, ''
            if s[j] == '!':
                if j + 1 >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = s[j + 1]
                j += 2
                if j >= n:
                    raise ValueError("unmatched '{' in format spec")
                if s[j] not in ':}':
                    raise ValueError("expected ':' after conversion specifier")
            if s[j] == ':':
                k = j + 1
                depth = 1
                while k < n:
                    if s[k] == '{':
                        depth += 1
                    elif s[k] == '}':
                        depth -= 1
                        if depth == 0:
                            break
                    k += 1
                if k >= n:
                    raise ValueError("unmatched '{' in format spec")
                spec = s[j + 1:k]
                j = k
            yield ''.join(lit), name, spec, conv
            lit = []
            i = j + 1
        if lit:
            yield ''.join(lit), None, None, None


class Template:
    """$-substitutions (written without the re module: the default
    identifier pattern, any delimiter)."""

    delimiter = "$"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == "{":
                e = k + 1
                while e < n and _idchar(s[e], e == k + 1):
                    e += 1
                if e > k + 1 and e < n and s[e] == "}":
                    name = s[k + 1:e]
                    out.append(self._lookup(mapping, name, safe, s[j:e + 1]))
                    i = e + 1
                    continue
            else:
                e = k
                while e < n and _idchar(s[e], e == k):
                    e += 1
                if e > k:
                    name = s[k:e]
                    out.append(self._lookup(mapping, name, safe, s[j:e]))
                    i = e
                    continue
            if safe:
                out.append(d)
                i = k
                continue
            lines = s[:j].split("\n")
            raise ValueError("Invalid placeholder in string: line %d, col %d" % (len(lines), len(lines[-1]) + 1))
        return "".join(out)

    def _lookup(self, mapping, name, safe, text):
        if safe:
            try:
                return "%s" % (mapping[name],)
            except KeyError:
                return text
        return "%s" % (mapping[name],)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []

        class _Rec(dict):
            def __missing__(self, key):
                if key not in ids:
                    ids.append(key)
                return ""
        self._scan(_Rec(), True)
        return ids

    def is_valid(self):
        class _Any(dict):
            def __missing__(self, key):
                return ""
        try:
            self._scan(_Any(), False)
        except ValueError:
            return False
        return True


def _idchar(c, first):
    if c == "_" or "a" <= c <= "z" or "A" <= c <= "Z":
        return True
    return not first and "0" <= c <= "9"


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged
