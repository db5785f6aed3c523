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
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

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
            # a field: find its end, counting nested braces
            j = i + 1
            depth = 1
            while j < n:
                if s[j] == '[':
                    while j < n and s[j] != ']':
                        j += 1
                elif s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            name, conv, spec = field, None, ''
            k = 0
            while k < len(field):
                if field[k] == '[':
                    while k < len(field) and field[k] != ']':
                        k += 1
                elif field[k] in '!:':
                    break
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and rest[0] != ':':
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
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
