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
