"""Dates, times, durations and time zones (CPython 3.11's datetime module).

Written for upy from the module's documentation.
"""

import sys
import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = [0, 0]
for _m in range(2, 13):
    _DBM.append(_DBM[-1] + _DIM[_m - 1])
del _m
_MAXORDINAL = 3652059
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


_NOARG = object()


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _mdays(y, m):
    if m == 2 and _leap(y):
        return 29
    return _DIM[m]


def _ymd2ord(y, m, d):
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400
    n += _DBM[m] + (1 if m > 2 and _leap(y) else 0)
    return n + d


def _ord2ymd(n):
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    if c100 == 4:
        return c400 * 400 + 400, 12, 31
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    if c1 == 4:
        return c400 * 400 + c100 * 100 + c4 * 4 + 4, 12, 31
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    leap = 1 if c1 == 3 and (c4 != 24 or c100 == 3) else 0
    m = (n >> 5) + 1
    if m < 12:
        nxt = _DBM[m + 1] + (leap if m >= 2 else 0)
        if n >= nxt:
            m += 1
    before = _DBM[m] + (leap if m > 2 else 0)
    return y, m, n - before + 1


def _ro(name, owner):
    # A read-only attribute kept in slot _name, with CPython's message on assignment.
    slot = "_" + name
    msg = "attribute '%s' of 'datetime.%s' objects is not writable" % (name, owner)

    def get(self):
        return getattr(self, slot)

    def set(self, value):
        raise AttributeError(msg)

    return property(get, set, set)


def _argerr(fname, nnamed, maxargs, maxpos, extra, kw, nsupplied=0):
    # The TypeError of C's argument parser for surplus or unknown arguments
    # (nnamed: the parameters before the catch-alls, all given positionally
    # when there are extra positional arguments).
    f = fname + "()" if fname else "function"
    if extra:
        npos = nnamed + len(extra)
        total = npos + len(kw)
        if total > maxargs:
            raise TypeError("%s takes at most %d argument%s (%d given)"
                            % (f, maxargs, "" if maxargs == 1 else "s", total))
        raise TypeError("%s takes at most %d positional argument%s (%d given)"
                        % (f, maxpos, "" if maxpos == 1 else "s", npos))
    total = nsupplied + len(kw)
    if total > maxargs:
        raise TypeError("%s takes at most %d argument%s (%d given)"
                        % (f, maxargs, "" if maxargs == 1 else "s", total))
    for k in kw:
        raise TypeError("'%s' is an invalid keyword argument for %s" % (k, fname + "()" if fname else "this function"))


def _state_bytes(v, n, what):
    # The bytes of a pickled state argument (a str is read as latin-1), or None.
    if isinstance(v, bytes) and len(v) == n:
        return v
    if isinstance(v, str) and len(v) == n:
        try:
            return v.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed." % what) from None
    return None


def _missing(year, month):
    _index(year)
    if month is _NOARG:
        raise TypeError("function missing required argument 'month' (pos 2)")
    _index(month)
    raise TypeError("function missing required argument 'day' (pos 3)")


def _state_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")
    return tz


def _argtype(v):
    # How C's argument parser names the type of a rejected argument.
    return "None" if v is None else _tpname(v)


def _tpname(obj):
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None
    return f(v)


def _check_date(y, m, d):
    y = _index(y)
    m = _index(m)
    d = _index(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _mdays(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h = _index(h)
    mi = _index(mi)
    s = _index(s)
    us = _index(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return off


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _cround(x):
    # C's round(): halves away from zero.
    if x >= 0:
        r = _math.floor(x)
        return r + 1 if x - r >= 0.5 else r
    return -_cround(-x)


def _divround(a, b):
    # a / b rounded half to even (integers).
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    r2 = 2 * r
    if r2 > b or (r2 == b and q & 1):
        q += 1
    return q


def _fmt_offset(off, sep=":"):
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _fmt_time(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, tt):
    # Handle %f, %z and %Z here; time.strftime does the rest.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _argtype(fmt))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif c == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_fmt_offset(off, "") if off is not None else "")
        elif c == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name is not None:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%" + c)
    return _time.strftime("".join(out), tt)


class timedelta:
    __upy_tp_name__ = "datetime.timedelta"
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0, *extra, **kw):
        if extra or kw:
            _argerr("__new__", 7, 7, 7, extra, kw)
        total = 0
        left = 0.0
        for name, v, factor in (("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                ("seconds", seconds, 1000000), ("minutes", minutes, 60000000),
                                ("hours", hours, 3600000000), ("days", days, 86400000000),
                                ("weeks", weeks, 604800000000)):
            if isinstance(v, int):
                total += int(v) * factor
            elif isinstance(v, float):
                if v != v or v in (_INF, -_INF):
                    raise ValueError("cannot convert float %s to integer" % ("NaN" if v != v else "infinity"))
                frac, whole = _math.modf(v)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(float(factor) * frac)
                    total += int(whole)
                    left += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(v).__name__))
        if left:
            w = _cround(left)
            if abs(w - left) == 0.5:
                odd = total & 1
                w = 2 * _cround((left + odd) * 0.5) - odd
            total += int(w)
        return _td_from_us(total, cls)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = _ro("days", "timedelta")

    seconds = _ro("seconds", "timedelta")

    microseconds = _ro("microseconds", "timedelta")

    def total_seconds(self, *extra):
        if extra:
            raise TypeError("timedelta.total_seconds() takes no arguments (%d given)" % len(extra))
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tpname(self), ", ".join(parts) if parts else "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us())

    def __pos__(self):
        return _td_from_us(self._us())

    def __abs__(self):
        return _td_from_us(abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_divround(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("division by zero")
            return self._us() / o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_divround(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_divround(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(self._us() % o)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), o)
            return q, _td_from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_INF = float("inf")


def _td_from_us(us, cls=timedelta):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -999999999 <= d <= 999999999:
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


timedelta.min = _td_from_us(-999999999 * 86400 * 10 ** 6)
timedelta.max = _td_from_us((999999999 * 86400 + 86399) * 10 ** 6 + 999999)
timedelta.resolution = _td_from_us(1)


class _IsoCalendarDate(tuple):
    __upy_tp_name__ = "datetime.IsoCalendarDate"
    __qualname__ = "IsoCalendarDate"
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (self[0], self[1], self[2])


_IsoCalendarDate.__name__ = "IsoCalendarDate"


def _week1_monday(year):
    o = _ymd2ord(year, 1, 4)
    return o - (o + 6) % 7


def _new_date(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    return cls(y, m, d)


def _digits(s, p, n):
    # The value of the n ASCII digits at s[p:p+n]; ValueError otherwise.
    v = 0
    for i in range(p, p + n):
        c = s[i] if i < len(s) else "\0"
        if not "0" <= c <= "9":
            raise ValueError
        v = v * 10 + ord(c) - 48
    return v


def _ch(s, p):
    return s[p] if p < len(s) else "\0"


def _isodate_parse(s, n):
    # (y, m, d) of the ISO 8601 date in s[:n] (as 3.11's C parser reads it).
    if n == 10 and len(s) >= 10 and s[4] == "-" and s[7] == "-":
        t = s[:4] + s[5:7] + s[8:10]
        if t.isdigit() and t.isascii():
            return int(t[:4]), int(t[4:6]), int(t[6:])
    y = _digits(s, 0, 4)
    p = 4
    sep = _ch(s, p) == "-"
    if sep:
        p += 1
    if _ch(s, p) == "W":
        w = _digits(s, p + 1, 2)
        p += 3
        wd = 1
        if p < n:
            if sep:
                if _ch(s, p) != "-":
                    raise ValueError
                p += 1
            wd = _digits(s, p, 1)
        try:
            return _isocal_to_ymd(y, w, wd)
        except ValueError:
            raise ValueError from None
    m = _digits(s, p, 2)
    p += 2
    if sep:
        if _ch(s, p) != "-":
            raise ValueError
        p += 1
    return y, m, _digits(s, p, 2)


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7
            if first == 4 or (first == 3 and _leap(year)):
                ok = True
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    o = _week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(o)


def _isotime_parse(s):
    # (h, m, s, us, tz-or-None) of an ISO 8601 time (as 3.11's C parser reads it).
    n = len(s)
    tzpos = 0
    while tzpos < n and s[tzpos] not in "Z+-":
        tzpos += 1
    h, m, sec, us, rest = _hms_parse(s, 0, tzpos)
    if tzpos == n:
        if rest:
            raise ValueError
        return h, m, sec, us, None
    if s[tzpos] == "Z":
        if tzpos + 1 != n:
            raise ValueError
        return h, m, sec, us, timezone.utc
    sign = -1 if s[tzpos] == "-" else 1
    th, tm, ts, tus, rest = _hms_parse(s, tzpos + 1, n)
    if rest:
        raise ValueError
    off = th * 3600 + tm * 60 + ts
    if off == 0:
        return h, m, sec, us, timezone.utc
    return h, m, sec, us, timedelta(0, sign * off, sign * tus)


def _hms_parse(s, p, end):
    if end - p == 8 and end == len(s) and s[p + 2] == ":" and s[p + 5] == ":":
        t = s[p:p + 2] + s[p + 3:p + 5] + s[p + 6:p + 8]
        if t.isdigit() and t.isascii():
            return [int(t[:2]), int(t[2:4]), int(t[4:]), 0, False]
    vals = [0, 0, 0, 0]
    sep = False
    frac = False
    for i in range(3):
        vals[i] = _digits(s, p, 2)
        p += 2
        c = _ch(s, p)
        p += 1
        if i == 0:
            sep = c == ":"
        if p >= end:
            return vals + [c != "\0"]
        if sep and c == ":":
            continue
        if c in ".,":
            frac = True
            break
        if sep:
            raise ValueError
        p -= 1
    k = min(end - p, 6)
    if k > 0:
        vals[3] = _digits(s, p, k) * 10 ** (6 - k)
    p += max(k, 0)
    while "0" <= _ch(s, p) <= "9":
        p += 1
    return vals + [_ch(s, p) != "\0"]


class date:
    __upy_tp_name__ = "datetime.date"
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=_NOARG, day=_NOARG, *extra, **kw):
        if extra or kw:
            if extra:
                _argerr(None, 3, 3, 3, extra, kw)
            if month is not _NOARG and day is not _NOARG:
                _argerr(None, 3, 3, 3, extra, kw, 3)
        if month is _NOARG or day is _NOARG:
            if month is _NOARG and day is _NOARG:
                b = _state_bytes(year, 4, "date")
                if b is not None and 1 <= b[2] <= 12:
                    return cls._from_state(b)
            _missing(year, month)
        y, m, d = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        return self

    @classmethod
    def fromtimestamp(cls, t):
        tt = _time.localtime(_ts_seconds(t))
        return cls(tt[0], tt[1], tt[2])

    @classmethod
    def today(cls, *extra):
        if extra:
            raise TypeError("date.today() takes no arguments (%d given)" % len(extra))
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) not in (7, 8, 10):
                raise ValueError
            y, m, d = _isodate_parse(s, len(s))
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year=_NOARG, week=_NOARG, day=_NOARG, *extra, **kw):
        if extra or kw:
            _argerr("fromisocalendar", 3, 3, 3, extra, kw)
        for i, (name, v) in enumerate((("year", year), ("week", week), ("day", day))):
            if v is _NOARG:
                raise TypeError("fromisocalendar() missing required argument '%s' (pos %d)" % (name, i + 1))
        y, m, d = _isocal_to_ymd(year, week, day)
        return cls(y, m, d)

    year = _ro("year", "date")

    month = _ro("month", "date")

    day = _ro("day", "date")

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYS[wd - 1], _MONTHS[self._month - 1], self._day, self._year)

    def strftime(self, format=_NOARG, *extra, **kw):
        if extra or kw or format is _NOARG:
            _argerr("strftime", 1, 1, 1, extra, kw, format is not _NOARG)
            raise TypeError("strftime() missing required argument 'format' (pos 1)")
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _argtype(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        yday = _DBM[self._month] + (1 if self._month > 2 and _leap(self._year) else 0) + self._day
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        o = self.toordinal()
        w1 = _week1_monday(y)
        if o < w1:
            y -= 1
            w1 = _week1_monday(y)
        else:
            nxt = _week1_monday(y + 1)
            if o >= nxt:
                y += 1
                w1 = nxt
        w, d = divmod(o - w1, 7)
        return _IsoCalendarDate(y, w + 1, d + 1)

    def replace(self, year=None, month=None, day=None, *extra, **kw):
        if extra or kw:
            _argerr("replace", 3, 3, 3, extra, kw)
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        return hash(self._cmpkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if not 0 < o <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(o)
            return _new_date(type(self), y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    @classmethod
    def _from_state(cls, b):
        self = object.__new__(cls)
        self._year = b[0] * 256 + b[1]
        self._month = b[2]
        self._day = b[3]
        return self

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._state(),))

    def __reduce__(self):
        return (type(self), (self._state(),))

    def __copy__(self):
        return self if type(self) is date else type(self)(self._year, self._month, self._day)

    def __deepcopy__(self, memo):
        return self.__copy__()


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


def _ts_seconds(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854775808e18 <= t < 9.223372036854775808e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return _ts_range(_math.floor(t))
    return _ts_range(_index(t))


def _ts_range(secs):
    # The errors of C's time_t conversion and of gmtime/localtime.
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    if not -62135596800 - 86400 <= secs <= 253402300799 + 86400:
        y = _ord2ymd(_EPOCH_ORD + secs // 86400)[0]
        if not -2 ** 31 <= y - 1900 < 2 ** 31:
            raise OSError(75, "Value too large for defined data type")
        raise ValueError("year %d is out of range" % y)
    return secs


class tzinfo:
    __upy_tp_name__ = "datetime.tzinfo"
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        d = dt.dst()
        if d is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - d
        if delta:
            dt += delta
            d = dt.dst()
            if d is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + d

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


class time:
    __upy_tp_name__ = "datetime.time"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *extra, fold=0, **kw):
        if extra or kw:
            _argerr(None, 5, 6, 5, extra, kw)
        if isinstance(hour, (bytes, str)) and second == 0 and microsecond == 0 and tzinfo is None:
            b = _state_bytes(hour, 6, "time")
            if b is not None and b[0] & 0x7F < 24:
                self = object.__new__(cls)
                self._hour = b[0] & 0x7F
                self._fold = b[0] >> 7
                self._minute = b[1]
                self._second = b[2]
                self._microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
                self._tzinfo = _state_tz(None if type(minute) is int and minute == 0 else minute)
                return self
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = _ro("hour", "time")
    minute = _ro("minute", "time")
    second = _ro("second", "time")
    microsecond = _ro("microsecond", "time")
    tzinfo = _ro("tzinfo", "time")
    fold = _ro("fold", "time")

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s
        if t[:1] == "T":
            t = t[1:]
        try:
            h, m, sec, us, tz = _isotime_parse(t)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        if isinstance(tz, timedelta):
            tz = timezone(tz)
        return cls(h, m, sec, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def isoformat(self, timespec="auto", *extra, **kw):
        if extra or kw:
            _argerr("isoformat", 1, 1, 1, extra, kw)
        s = _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _fmt_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s" % (_tpname(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, format=_NOARG, *extra, **kw):
        if extra or kw or format is _NOARG:
            _argerr("strftime", 1, 1, 1, extra, kw, format is not _NOARG)
            raise TypeError("strftime() missing required argument 'format' (pos 1)")
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _argtype(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *extra, fold=None, **kw):
        if extra or kw:
            _argerr("replace", 5, 6, 5, extra, kw)
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp(self, other, eq):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._hour * 3600 + self._minute * 60 + self._second - myoff._us() // 1000000
        b = other._hour * 3600 + other._minute * 60 + other._second - otoff._us() // 1000000
        return _cmp((a, self._microsecond), (b, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        if not off:
            return hash((t._hour, t._minute, t._second, t._microsecond))
        secs = t._hour * 3600 + t._minute * 60 + t._second - off._us() // 1000000
        return hash((secs, t._microsecond))

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        h = self._hour | (128 if self._fold and protocol > 3 else 0)
        state = bytes((h, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __copy__(self):
        return self if type(self) is time else self.replace()

    def __deepcopy__(self, memo):
        return self.__copy__()


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _local_offset(ts):
    # UTC offset (seconds) and zone name of local time at POSIX time ts.
    zone = getattr(_time, "_zone", None)
    if zone is not None:
        return zone(ts)
    lt = _time.localtime(ts)
    g = (_ymd2ord(lt[0], lt[1], lt[2]) - _EPOCH_ORD) * 86400 + lt[3] * 3600 + lt[4] * 60 + lt[5]
    return g - ts, _time.strftime("%Z", lt)


def _local(u):
    # Local wall time at POSIX time u, as seconds since the epoch.
    return u + _local_offset(u)[0]


def _local_to_seconds(t, fold):
    # The POSIX time whose local wall time is t (seconds since the
    # epoch); fold picks between two solutions, and a wall time in a gap
    # is read with the offset before (fold=0) or after (fold=1) it.
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + (86400 if fold else -86400)
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_tz(ts):
    off, name = _local_offset(ts)
    return timezone(timedelta(seconds=off), name)


_EPOCH_ORD = 719163


class datetime(date):
    __upy_tp_name__ = "datetime.datetime"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=_NOARG, day=_NOARG, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *extra, fold=0, **kw):
        if extra or kw:
            if extra or (month is not _NOARG and day is not _NOARG):
                _argerr(None, 8, 9, 8, extra, kw)
        if month is _NOARG or day is _NOARG:
            b = _state_bytes(year, 10, "datetime")
            if b is not None and 1 <= b[2] & 0x7F <= 12:
                if day is not _NOARG or hour != 0 or minute != 0 or second != 0 or microsecond != 0 or tzinfo is not None:
                    pass
                else:
                    return cls._from_state(b, month if month is not _NOARG else None)
            _missing(year, month)
        y, m, d = _check_date(year, month, day)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = _ro("hour", "datetime")
    minute = _ro("minute", "datetime")
    second = _ro("second", "datetime")
    microsecond = _ro("microsecond", "datetime")
    tzinfo = _ro("tzinfo", "datetime")
    fold = _ro("fold", "datetime")

    @classmethod
    def _fromts(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if not -9.223372036854775808e18 <= t < 9.223372036854775808e18:
                raise OverflowError("timestamp out of range for platform time_t")
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
            secs = int(whole)
        elif isinstance(t, int):
            secs = t
            us = 0
        else:
            secs = _index(t)
            us = 0
        _ts_range(secs)
        if utc:
            days, rem = divmod(secs, 86400)
            y, m, d = _ord2ymd(_EPOCH_ORD + days)
            hh, rem = divmod(rem, 3600)
            mm, ss = divmod(rem, 60)
            res = cls(y, m, d, hh, mm, ss, us, tz)
        else:
            lt = _time.localtime(secs)
            # A repeated local time (end of DST) is the second one if the
            # instant one transition earlier shows the same wall time.
            fold = 0
            wall = _local(secs)
            trans = wall - _local(secs - 86400) - 86400
            if trans < 0 and _local(secs + trans) == wall:
                fold = 1
            if cls is datetime:
                res = cls(lt[0], lt[1], lt[2], lt[3], lt[4], min(lt[5], 59), us, tz)
                res._fold = fold
            elif fold:
                res = cls(lt[0], lt[1], lt[2], lt[3], lt[4], min(lt[5], 59), us, tz, fold=1)
            else:
                res = cls(lt[0], lt[1], lt[2], lt[3], lt[4], min(lt[5], 59), us, tz)
        return res

    @classmethod
    def fromtimestamp(cls, timestamp=_NOARG, tz=None, *extra, **kw):
        if extra or kw:
            _argerr("fromtimestamp", 2, 2, 2, extra, kw, 1)
        if timestamp is _NOARG:
            raise TypeError("fromtimestamp() missing required argument 'timestamp' (pos 1)")
        _check_tz(tz)
        if tz is None:
            return cls._fromts(timestamp, False, None)
        return tz.fromutc(cls._fromts(timestamp, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromts(t, True, None)

    @classmethod
    def now(cls, tz=None, *extra, **kw):
        if extra or kw:
            _argerr("now", 1, 1, 1, extra, kw)
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date=_NOARG, time=_NOARG, tzinfo=True, *extra, **kw):
        if extra or kw:
            _argerr("combine", 3, 3, 3, extra, kw)
        if date is _NOARG:
            raise TypeError("combine() missing required argument 'date' (pos 1)")
        if time is _NOARG:
            raise TypeError("combine() missing required argument 'time' (pos 2)")
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _argtype(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _argtype(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            n = len(s)
            if n < 7:
                raise ValueError
            sep = _iso_sep(s)
            y, m, d = _isodate_parse(s, sep)
            if sep < n:
                h, mi, sec, us, tz = _isotime_parse(s[sep + 1:])
            else:
                h = mi = sec = us = 0
                tz = None
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        if isinstance(tz, timedelta):
            tz = timezone(tz)
        return cls(y, m, d, h, mi, sec, us, tz)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime_datetime(cls, date_string, format)

    def timetuple(self):
        d = self.dst()
        flag = -1 if d is None else (1 if d else 0)
        yday = _DBM[self._month] + (1 if self._month > 2 and _leap(self._year) else 0) + self._day
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), yday, flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        yday = _DBM[dt._month] + (1 if dt._month > 2 and _leap(dt._year) else 0) + dt._day
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), yday, 0))

    def _local_seconds(self):
        # POSIX time of this naive local time.
        t = (self.toordinal() - _EPOCH_ORD) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return _local_to_seconds(t, self._fold)

    def timestamp(self, *extra):
        if extra:
            raise TypeError("datetime.timestamp() takes no arguments (%d given)" % len(extra))
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *extra, fold=None, **kw):
        if extra or kw:
            _argerr("replace", 8, 9, 8, extra, kw)
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None, *extra, **kw):
        if extra or kw:
            _argerr("astimezone", 1, 1, 1, extra, kw)
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = _local_tz(self._local_seconds())
            off = mytz.utcoffset(self)
        else:
            if tz is mytz:
                return self
            off = self.utcoffset()
            if off is None:
                mytz = _local_tz(self.replace(tzinfo=None)._local_seconds())
                off = mytz.utcoffset(self)
        utc = (self - off).replace(tzinfo=None)
        if tz is None:
            tz = _local_tz((utc - _EPOCH_NAIVE) // timedelta(0, 1))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYS[wd - 1], _MONTHS[self._month - 1], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto", *extra, **kw):
        if extra or kw:
            _argerr("isoformat", 2, 2, 2, extra, kw)
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _argtype(sep))
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _fmt_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d, %d, %d, %d%s" % (_tpname(self), self._year, self._month, self._day,
                                         self._hour, self._minute, s)
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def _us_naive(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def _cmp(self, other, eq):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if eq:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base = myoff == otoff
        if base:
            return _cmp(self._us_naive(), other._us_naive())
        if myoff is None or otoff is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._us_naive() - myoff._us(), other._us_naive() - otoff._us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _cmperr(self, other):
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        return self._cmperr(other)

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        return self._cmperr(other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        return self._cmperr(other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        return self._cmperr(other)

    def __hash__(self):
        t = self
        if self._fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        us = t._us_naive()
        if off is not None:
            us -= off._us()
        return hash(us)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        s = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        us = self._microsecond + other._microseconds
        if us >= 1000000:
            us -= 1000000
            s += 1
        days = other._days
        if s >= 86400:
            s -= 86400
            days += 1
        if days:
            o = _ymd2ord(self._year, self._month, self._day) + days
            if not 0 < o <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, dd = _ord2ymd(o)
        else:
            y, m, dd = self._year, self._month, self._day
        hh, s = divmod(s, 3600)
        mm, s = divmod(s, 60)
        cls = type(self)
        if cls is datetime:
            r = object.__new__(datetime)
            r._year = y
            r._month = m
            r._day = dd
            r._hour = hh
            r._minute = mm
            r._second = s
            r._microsecond = us
            r._tzinfo = self._tzinfo
            r._fold = 0
            return r
        return cls(y, m, dd, hh, mm, s, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_naive() - other._us_naive()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if myoff is not None:
                diff -= myoff._us() - otoff._us()
        return _td_from_us(diff)

    @classmethod
    def _from_state(cls, b, tz=None):
        self = object.__new__(cls)
        self._year = b[0] * 256 + b[1]
        self._month = b[2] & 0x7F
        self._fold = b[2] >> 7
        self._day = b[3]
        self._hour = b[4]
        self._minute = b[5]
        self._second = b[6]
        self._microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
        self._tzinfo = _state_tz(tz)
        return self

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        m = self._month | (128 if self._fold and protocol > 3 else 0)
        state = bytes((self._year >> 8, self._year & 255, m, self._day, self._hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __copy__(self):
        return self if type(self) is datetime else self.replace()

    def __deepcopy__(self, memo):
        return self.__copy__()


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_NAIVE = datetime(1970, 1, 1)


def _iso_sep(s):
    # Index of the separator between the date and the time of an ISO string.
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n > 8 and s[8] == "-":
                if n == 9:
                    raise ValueError
                if n > 10 and s[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        i = 7
        while i < n and s[i].isdigit():
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


class timezone(tzinfo):
    __upy_tp_name__ = "datetime.timezone"
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=_NOARG, name=_NOARG, *extra, **kw):
        if extra or kw:
            _argerr("timezone", 2, 2, 2, extra, kw)
        if offset is _NOARG:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _argtype(offset))
        if name is _NOARG:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argtype(name))
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tpname(self), self._offset)
        return "%s(%r, %r)" % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _checkdt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, _tpname(dt)))

    def utcoffset(self, dt):
        self._checkdt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._checkdt(dt, "tzname")
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return "UTC"
        return "UTC" + _fmt_offset(off)

    def dst(self, dt):
        self._checkdt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)


# strptime: a small regular-expression parser for the directives of
# CPython's _strptime (English names only).

_FULLMONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
_FULLDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _alt(names):
    return "(?P<%s>" + "|".join(sorted(names, key=len, reverse=True)) + ")"


_DIRECTIVES = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": _alt(_FULLDAYS) % "A",
    "a": _alt([d[:3] for d in _FULLDAYS]) % "a",
    "B": _alt(_FULLMONTHS) % "B",
    "b": _alt([m[:3] for m in _FULLMONTHS]) % "b",
    "p": r"(?P<p>am|pm)",
    "%": "%",
}
_DIRECTIVES["W"] = _DIRECTIVES["U"].replace("U", "W")
_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_re_cache = {}


def _strptime_regex(fmt):
    import re
    pat = _re_cache.get(fmt)
    if pat is None:
        pat = re.compile(_strptime_pattern(fmt), re.IGNORECASE)
        if len(_re_cache) > 100:
            _re_cache.clear()
        _re_cache[fmt] = pat
    return pat


def _strptime_pattern(fmt):
    # Regex special characters are escaped and whitespace runs become \s+
    # before the directives are read (so "%." is a bad "%" directive).
    f = _re_escape(fmt)
    out = []
    while True:
        j = f.find("%")
        if j < 0:
            out.append(f)
            return "".join(out)
        out.append(f[:j])
        if j + 1 >= len(f):
            raise ValueError("stray %% in format '%s'" % fmt)
        c = f[j + 1]
        if c in _EXPAND:
            out.append(_strptime_pattern(_EXPAND[c]))
        elif c == "Z":
            out.append(_zone_regex())
        elif c in _DIRECTIVES:
            out.append(_DIRECTIVES[c])
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % ("%" if c == "\\" else c, fmt))
        f = f[j + 2:]


def _zone_regex():
    # UTC, GMT and the local zone's standard and daylight names.
    names = ["utc", "gmt"]
    std = dst = None
    try:
        y = _time.localtime()[0]
        a = _local_offset((_ymd2ord(y, 1, 1) - _EPOCH_ORD) * 86400)
        b = _local_offset((_ymd2ord(y, 7, 1) - _EPOCH_ORD) * 86400)
        if a[0] == b[0]:
            std = a[1]
        elif a[0] < b[0]:
            std, dst = a[1], b[1]
        else:
            std, dst = b[1], a[1]
    except Exception:
        pass
    if std and std.lower() not in names:
        names.append(std.lower())
    if dst:
        names.append(dst.lower())
    return _alt(names) % "Z"


def _re_escape(s):
    out = []
    space = False
    for ch in s:
        if ch.isspace():
            if not space:
                out.append(r"\s+")
            space = True
            continue
        space = False
        if ch in "\\.^$*+?(){}[]|":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _strptime_parts(data_string, format):
    for v, what in ((data_string, 1), (format, 2)):
        if not isinstance(v, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (what, _argtype(v)))
    m = _strptime_regex(format).match(data_string)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != m.end():
        raise ValueError("unconverted data remains: %s" % data_string[m.end():])
    g = m.groupdict()
    year = None
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    tzname = None
    wd = None
    yday = None
    weekno = None
    week_start = 0
    iso_year = iso_week = None
    for k, v in g.items():
        if v is None:
            continue
        if k == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif k == "Y":
            year = int(v)
        elif k == "G":
            iso_year = int(v)
        elif k == "m":
            month = int(v)
        elif k == "B":
            month = _FULLMONTHS.index(v.lower()) + 1
        elif k == "b":
            month = [x[:3] for x in _FULLMONTHS].index(v.lower()) + 1
        elif k == "d":
            day = int(v)
        elif k == "H":
            hour = int(v)
        elif k == "I":
            hour = int(v)
            ampm = (g.get("p") or "").lower()
            if ampm == "pm":
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif k == "M":
            minute = int(v)
        elif k == "S":
            second = int(v)
        elif k == "f":
            us = int(v + "0" * (6 - len(v)))
        elif k == "A":
            wd = _FULLDAYS.index(v.lower())
        elif k == "a":
            wd = [x[:3] for x in _FULLDAYS].index(v.lower())
        elif k == "w":
            wd = (int(v) - 1) % 7
        elif k == "u":
            wd = int(v) - 1
        elif k == "j":
            yday = int(v)
        elif k in "UW":
            weekno = int(v)
            week_start = 6 if k == "U" else 0
        elif k == "V":
            iso_week = int(v)
        elif k == "z":
            if v == "Z":
                tz = timedelta(0)
            else:
                z = v
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                frac = int(rest + "0" * (6 - len(rest)))
                if z[0] == "-":
                    secs = -secs
                    frac = -frac
                tz = timedelta(seconds=secs, microseconds=frac)
        elif k == "Z":
            tzname = v
    if year is None and iso_year is not None:
        if iso_week is None or wd is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif iso_week is not None and weekno is None:
        if wd is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    if yday is None and wd is not None:
        if weekno is not None:
            fwd = (_ymd2ord(year, 1, 1) + 6) % 7
            dw = wd
            if week_start:
                fwd = (fwd + 1) % 7
                dw = (dw + 1) % 7
            if weekno == 0:
                yday = 1 + dw - fwd
            else:
                yday = 1 + (7 - fwd) % 7 + 7 * (weekno - 1) + dw
        elif iso_year is not None and iso_week is not None:
            year, month, day = _isocal_to_ymd(iso_year, iso_week, wd + 1)
    if yday is not None:
        if yday <= 0:
            year -= 1
            yday += 366 if _leap(year) else 365
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + yday - 1)
    return year, month, day, hour, minute, second, us, tz, tzname


def _valid_ymd(y, m, d):
    return MINYEAR <= y <= MAXYEAR and 1 <= m <= 12 and 1 <= d <= _mdays(y, m)


def _strptime_datetime(cls, data_string, format):
    y, m, d, hh, mi, ss, us, off, name = _strptime_parts(data_string, format)
    tz = None
    if off is not None:
        tz = timezone(off, name) if name else timezone(off)
    return cls(y, m, d, hh, mi, ss, us, tz)
