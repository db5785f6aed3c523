# socket.AddressFamily and socket.SocketKind: CPython's IntEnums for the
# AF_* and SOCK_* constants (their repr names the member; otherwise they
# are ints). Small on purpose: the enum module is not imported.


class _EnumType(type):
    def __call__(cls, value):
        try:
            return cls._value2member_[value]
        except KeyError:
            raise ValueError("{!r} is not a valid {}".format(value, cls.__name__)) from None

    def __iter__(cls):
        return iter(cls._members_)

    def __len__(cls):
        return len(cls._members_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls.__dict__

    def __getitem__(cls, name):
        for m in cls._members_:
            if m._name_ == name:
                return m
        raise KeyError(name)

    def __repr__(cls):
        return "<enum {!r}>".format(cls.__name__)


class _IntEnum(int, metaclass=_EnumType):
    def __repr__(self):
        return "<{}.{}: {}>".format(type(self).__name__, self._name_, int(self))

    def __str__(self):
        return str(int(self))

    def __format__(self, spec):
        return format(int(self), spec)

    def __reduce_ex__(self, proto):
        return type(self), (int(self),)

    __hash__ = int.__hash__

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)


def _make(cls_name, pairs):
    cls = _EnumType(cls_name, (_IntEnum,), {"__module__": "socket", "_members_": [], "_value2member_": {}})
    for name, value in pairs:
        member = int.__new__(cls, value)
        member._name_ = name
        if value not in cls._value2member_:
            cls._value2member_[value] = member
            cls._members_.append(member)
        type.__setattr__(cls, name, member)
    return cls
