"""Enumerations: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique,
with Python 3.11's semantics (Flag iteration over canonical members,
boundaries, _generate_next_value_, _ignore_)."""

# Flag boundaries: what a value with bits outside the flags becomes.
STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


def _bin(num, max_bits=None):
    # CPython's enum.bin: sign bit, a space, then the digits.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _is_single_bit(v):
    return v > 0 and v & (v - 1) == 0


class auto:
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None


class _EnumDict(dict):
    # The class body's namespace: a name given twice is an error, as in
    # CPython (a member redefined, or a member over a method and back).
    def __init__(self):
        super().__init__()
        self._members = set()

    def __setitem__(self, key, value):
        if not key.startswith("_"):
            descriptor = hasattr(value, "__get__") or hasattr(value, "__set__") or hasattr(value, "__delete__")
            if key in self._members or (not descriptor and key in self):
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if not descriptor:
                self._members.add(key)
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return _EnumDict()

    def __new__(mcls, name, bases, namespace, boundary=None, **kwds):
        for b in bases:
            if isinstance(b, EnumType) and b.__dict__.get("_member_names_"):
                raise TypeError("<enum %r> cannot extend <enum %r>" % (name, b.__name__))
        ignore = namespace.get("_ignore_", ())
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in list(ignore):
            if key in namespace:
                dict.__delitem__(namespace, key)
        gen = namespace.get("_generate_next_value_")
        if gen is None:
            for b in bases:
                gen = getattr(b, "_generate_next_value_", None)
                if gen is not None:
                    break
        if isinstance(gen, staticmethod):
            gen = gen.__func__
        member_type = object
        for b in bases:
            for c in b.__mro__:
                if c is not object and not isinstance(c, EnumMeta):
                    member_type = c
                    break
        names = []
        values = []
        # Flag is defined below; while it is being created, nothing is a flag yet.
        flag = globals().get("Flag")
        is_flag = flag is not None and any(isinstance(b, EnumType) and issubclass(b, flag) for b in bases)
        for key, value in list(namespace.items()):
            if key.startswith("_") or callable(value) and not isinstance(value, auto) \
                    or isinstance(value, (classmethod, staticmethod, property)):
                continue
            if isinstance(value, auto):
                if gen is not None:
                    value = gen(key, 1, len(names), list(values))
                elif is_flag:
                    last = max([v for v in values if isinstance(v, int)], default=0)
                    value = 1 if not last else 1 << last.bit_length()
                else:
                    last = values[-1] if values else None
                    value = last + 1 if isinstance(last, int) else 1
            names.append((key, value))
            values.append(value)
            del namespace[key]
        cls = super().__new__(mcls, name, bases, namespace)
        if boundary is None:
            for b in bases:
                boundary = getattr(b, "_boundary_", None)
                if boundary is not None:
                    break
        cls._boundary_ = boundary
        cls._member_type_ = member_type
        # a mixed-in data type (class E(str, Enum)) comes first in the MRO:
        # the enum's own repr, str and format win over the data type's
        first_enum = next((b for b in reversed(bases) if isinstance(b, EnumMeta)), None)
        if first_enum is not None and member_type is not object:
            for attr in ("__repr__", "__str__", "__format__"):
                if attr not in namespace:
                    found = getattr(cls, attr)
                    if found in (getattr(member_type, attr), getattr(object, attr)):
                        setattr(cls, attr, getattr(first_enum, attr))
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._member_names_ = []
        for key, value in names:
            if value in cls._value2member_map_:
                member = cls._value2member_map_[value]
                cls._member_map_[key] = member
                continue
            if member_type is object:
                member = object.__new__(cls)
            else:
                args = value if isinstance(value, tuple) else (value,)
                member = member_type.__new__(cls, *args)
            member._name_ = key
            member._value_ = value
            if "__init__" in namespace or any("__init__" in b.__dict__ for b in bases if isinstance(b, EnumMeta) and b is not Enum):
                init = cls.__init__
                try:
                    init(member, *(value if isinstance(value, tuple) else (value,)))
                except TypeError:
                    pass
            cls._member_map_[key] = member
            cls._value2member_map_[value] = member
            if not is_flag or _is_single_bit(value) or not isinstance(value, int):
                cls._member_names_.append(key)
        if is_flag:
            mask = 0
            for m in cls._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
            cls._flag_mask_ = mask
            cls._all_bits_ = 2 ** mask.bit_length() - 1
        return cls

    def __call__(cls, value, *args, boundary=None, **kwds):
        if args or kwds:
            return _functional(cls, value, *args, boundary=boundary, **kwds)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        missing = getattr(cls, "_missing_", None)
        if missing is not None:
            r = missing(value)
            if r is not None:
                return r
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getattr__(cls, name):
        members = cls.__dict__.get("_member_map_")
        if members is not None and name in members:
            return members[name]
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return member in cls._value2member_map_

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        flag = globals().get("Flag")
        if flag is not None and issubclass(cls, flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        members = cls.__dict__.get("_member_map_", {})
        if name in members:
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)


EnumMeta = EnumType


def _functional(cls, name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
    # Enum('Name', 'A B C'), Enum('Name', [('A', 1)]), Enum('Name', {'A': 1}):
    # members go through the class namespace, so duplicates fail alike.
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, dict):
        names = list(names.items())
    ns = _EnumDict()
    if names and isinstance(names[0], str):
        for i, n in enumerate(names):
            ns[n] = i + start
    else:
        for n, v in names:
            ns[n] = v
    bases = (cls,) if type is None else (type, cls)
    return EnumType(name, bases, ns, boundary=boundary)


class Enum(metaclass=EnumType):
    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]


class ReprEnum(Enum):
    def __str__(self):
        return self._member_type_.__str__(self._value_) if self._member_type_ is not object else Enum.__str__(self)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    __repr__ = Enum.__repr__


class StrEnum(str, ReprEnum):
    __repr__ = Enum.__repr__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    def _canonical(self):
        # the single-bit members whose bits are set, in definition order
        cls = type(self)
        return [cls._member_map_[n] for n in cls._member_names_ if cls._member_map_[n]._value_ & self._value_]

    def __iter__(self):
        return iter(self._canonical())

    def __len__(self):
        return bin(self._value_).count("1")

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_ & cls._all_bits_ if cls._boundary_ is KEEP else ~self._value_)
        return cls(cls._flag_mask_ ^ self._value_ & cls._flag_mask_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    @classmethod
    def _make(cls, value):
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        m = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        known = value & cls._flag_mask_
        names = [n for n in cls._member_names_ if cls._member_map_[n]._value_ & known]
        extra = value & ~cls._flag_mask_
        if extra:
            names.append(repr(extra))  # kept unknown bits, as a number
        m._name_ = "|".join(names) if names else None
        m._value_ = value
        return m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        invalid = value & ~cls._flag_mask_ if value >= 0 else value
        if invalid:
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), cls._flag_mask_.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bin(value, max_bits), _bin(cls._flag_mask_, max_bits)))
            if boundary is CONFORM:
                value &= cls._flag_mask_
            elif boundary is EJECT:
                return value
        return cls._make(value)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    __repr__ = Flag.__repr__

    # int's operators come first in the MRO: combine as flags instead
    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def unique(enumeration):
    seen = {}
    for name, member in enumeration.__members__.items():
        if name != member.name:
            raise ValueError("duplicate values found in %r: %s -> %s" % (enumeration, name, member.name))
    return enumeration
