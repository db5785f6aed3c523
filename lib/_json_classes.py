"""json.JSONEncoder and json.JSONDecoder, over the json module's Go
functions (the json module copies these classes into itself)."""


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        import json
        return json.dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                          check_circular=self.check_circular, allow_nan=self.allow_nan,
                          sort_keys=self.sort_keys, indent=self.indent,
                          separators=(self.item_separator, self.key_separator), default=self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _options(self):
        opts = {"strict": self.strict}
        for name in ("object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"):
            v = getattr(self, name)
            if v is not None:
                opts[name] = v
        return opts

    def decode(self, s):
        import json
        return json.loads(s, **self._options())

    def raw_decode(self, s, idx=0):
        import json
        if idx < 0 or idx > len(s) or s[idx:idx + 1] in (" ", "\t", "\n", "\r"):
            raise json.JSONDecodeError("Expecting value", s, idx)
        try:
            return json.loads(s[idx:], **self._options()), len(s)
        except json.JSONDecodeError as e:
            if e.msg != "Extra data":
                raise json.JSONDecodeError(e.msg, s, idx + e.pos) from None
            part = s[idx:idx + e.pos]
            end = idx + len(part.rstrip(" \t\n\r"))
            return json.loads(part, **self._options()), end
