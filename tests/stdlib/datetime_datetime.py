# datetime and time: construction, formatting, arithmetic, aware/naive rules, timezones.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC
import datetime as dtmod

dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
print(dt, repr(dt), dt.date(), dt.time(), repr(dt.timetz()), dt.year, dt.hour, dt.microsecond, dt.tzinfo, dt.fold)
print(datetime(2024, 1, 1), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, fold=1)))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="_"), dt.ctime(), dt.timetuple(), dt.utctimetuple())
for ts in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(ts, dt.isoformat(timespec=ts), datetime(2020, 1, 1, 1, 2).isoformat(timespec=ts), dt.time().isoformat(ts))
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %b %d %I:%M %p", "%j %U %W %w", "%z|%Z", "%c", "%x %X", "%y %e", "%%f %f"]:
    print(repr(dt.strftime(fmt)), repr(dt.time().strftime(fmt)), format(dt, fmt))
print(f"{dt:%H.%M}", f"{dt}", f"{dt.time()}", f"{dt.time():%H-%M-%S}")

print(dt + timedelta(days=30, hours=12), dt - timedelta(microseconds=123457), timedelta(1) + dt)
print(dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, repr(dt - dt))
print(datetime(2023, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2024, 2, 28, 12) + timedelta(hours=12), datetime(2023, 2, 28, 12) + timedelta(hours=12))
print(dt == datetime(2024, 3, 5, 14, 7, 9, 123456), dt < datetime(2025, 1, 1), dt > datetime.min, dt != dt)
print(dt == dt.date(), dt.date() == dt, dt != dt.date(), hash(dt) == hash(dt.replace()))
print(dt.replace(year=2000, microsecond=0), dt.replace(tzinfo=timezone.utc), repr(dt.replace(fold=1)))
print(datetime.combine(date(2020, 5, 6), time(7, 8, 9)), repr(datetime.combine(date(2020, 5, 6), time(1, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2020, 5, 6), time(1, tzinfo=timezone.utc), tzinfo=None)))
print(datetime.fromordinal(738000), dt.toordinal(), dt.weekday(), dt.isocalendar())

# time
t = time(23, 59, 59, 999999)
print(t, repr(t), repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), time.min, time.max, time.resolution)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, bool(time()), t.replace(hour=0), repr(t.replace(fold=1)))
print(time(1) < time(2), time(3) == time(3, 0), time(5) >= time(4, 59), hash(time(1)) == hash(time(1, 0)))
print(time(12, tzinfo=timezone(timedelta(hours=2))) == time(10, tzinfo=timezone.utc))
print(time(12, tzinfo=timezone(timedelta(hours=2))) < time(10, 1, tzinfo=timezone.utc))
print(time(12, tzinfo=timezone.utc) == time(12), time(1, 30, tzinfo=timezone(timedelta(hours=-3), "X")))
print(repr(time(1, 30, tzinfo=timezone(timedelta(hours=-3), "X"))), time(1, tzinfo=UTC).utcoffset(), time(1, tzinfo=UTC).tzname())
print(time(1, tzinfo=UTC).dst(), time(1).utcoffset(), time(1).tzname(), time(1).dst())

# timezones
tzs = [timezone.utc, UTC, timezone(timedelta(0)), timezone(timedelta(0), "Z"), timezone(timedelta(hours=5, minutes=30)),
       timezone(timedelta(hours=-8), "PST"), timezone(-timedelta(hours=3, minutes=15, seconds=7)),
       timezone(timedelta(seconds=1, microseconds=5)), timezone.min, timezone.max]
for tz in tzs:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz == timezone.utc)
print(timezone.utc is UTC, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "A"))
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "B")))

a = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
b = datetime(2024, 6, 1, 17, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
c = datetime(2024, 6, 1, 12, 0)
print(a, b, repr(b), a == b, a - b, b - a, a < b, a <= b, hash(a) == hash(b), a.utcoffset(), b.utcoffset(), b.tzname(), b.dst())
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=UTC).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp())
print(b.astimezone(timezone.utc), a.astimezone(timezone(timedelta(hours=-4))), repr(b.astimezone(UTC)))
print(b.isoformat(), b.timetuple(), b.utctimetuple(), b.strftime("%z %Z"), a.strftime("%z %Z"))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1, seconds=30))).isoformat())
print(datetime(2024, 1, 1, tzinfo=timezone(-timedelta(microseconds=1))).isoformat())
print(datetime(2024, 1, 1, tzinfo=timezone(-timedelta(microseconds=1))).strftime("%z"))
print(a == c, a != c, c == a)
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, UTC), repr(datetime.fromtimestamp(86400 * 365.25, timezone(timedelta(hours=-5)))))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1e9), datetime.utcfromtimestamp(-1.5), datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(1.0000015))
print(datetime.utcfromtimestamp(0.9999996), datetime.utcfromtimestamp(-0.0000004))
print(type(datetime.now()).__name__, type(datetime.utcnow()).__name__, datetime.now(UTC).tzinfo, datetime.now() > datetime(2024, 1, 1))
print(type(dtmod.datetime.now(timezone.utc) - dtmod.datetime.now(timezone.utc)).__name__)
print(datetime.now(timezone.utc).astimezone(timezone.utc).tzinfo is timezone.utc)

class FixedTZ(tzinfo):
    def __init__(self, h, name):
        self.off = timedelta(hours=h)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return "FixedTZ(%r)" % self.name

ny = FixedTZ(-5, "EST")
x = datetime(2024, 1, 1, 9, 0, tzinfo=ny)
print(x, repr(x), x.tzname(), x.utcoffset(), x.dst(), x.astimezone(UTC), UTC.fromutc(datetime(2024, 1, 1, tzinfo=UTC)))
print(datetime(2024, 1, 1, 14, 0, tzinfo=UTC).astimezone(ny), x == datetime(2024, 1, 1, 14, tzinfo=UTC), x.timetuple().tm_isdst)
print(ny.fromutc(datetime(2024, 1, 1, 14, tzinfo=ny)), x.strftime("%H:%M %Z %z"))

class BadTZ(tzinfo):
    def utcoffset(self, dt):
        return 5
class BigTZ(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=24)
class NameTZ(tzinfo):
    def tzname(self, dt):
        return 7
for bad in [lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 0, 60), lambda: datetime(2024, 1, 1, 0, 0, 60),
            lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000), lambda: datetime(2024, 1, 1, -1),
            lambda: datetime(2024, 1, 1, fold=2), lambda: datetime(2024, 1, 1, tzinfo=1), lambda: time(24),
            lambda: time(tzinfo="x"), lambda: time(fold=-1), lambda: datetime(2024, 13, 1), lambda: datetime(0, 1, 1),
            lambda: a < c, lambda: a - c, lambda: c - a, lambda: c > a, lambda: time(1, tzinfo=UTC) < time(2),
            lambda: dt < dt.date(), lambda: dt.date() < dt, lambda: dt.date() >= dt, lambda: dt + dt, lambda: dt - 1,
            lambda: dt - dt.date(), lambda: 1 + dt, lambda: dt.isoformat(timespec="nanoseconds"),
            lambda: dt.isoformat(sep="ab"), lambda: datetime.max + timedelta(microseconds=1),
            lambda: datetime.min - timedelta(microseconds=1), lambda: datetime(2024, 1, 1, tzinfo=BadTZ()).utcoffset(),
            lambda: datetime(2024, 1, 1, tzinfo=BigTZ()).isoformat(), lambda: datetime(2024, 1, 1, tzinfo=NameTZ()).tzname(),
            lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None), lambda: tzinfo().dst(None),
            lambda: timezone(5), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=1), 5),
            lambda: timezone(-timedelta(hours=24)), lambda: UTC.utcoffset(5), lambda: UTC.fromutc(datetime(2020, 1, 1)),
            lambda: UTC.fromutc(5), lambda: datetime.combine(1, time()), lambda: datetime.combine(date.today(), 1),
            lambda: datetime(2024, 1, 1).astimezone(5), lambda: datetime.utcfromtimestamp(float("nan")),
            lambda: datetime.utcfromtimestamp(1e20), lambda: datetime.utcfromtimestamp(1e12),
            lambda: datetime.utcfromtimestamp(-1e11), lambda: datetime.fromtimestamp("x")]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)

class MyDT(datetime):
    pass
m = MyDT(2024, 5, 6, 7)
print(repr(m), type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(m - m).__name__, type(m.replace(hour=1)).__name__)
print(type(MyDT.now()).__name__, type(MyDT.fromtimestamp(0, UTC)).__name__, type(MyDT.combine(date(2020, 1, 1), time())).__name__)
print(type(MyDT.fromisoformat("2020-01-01T00:00")).__name__, type(MyDT.strptime("2020", "%Y")).__name__, m.date(), type(m.date()).__name__)
print(type(m.astimezone(UTC)).__name__)
import copy
print(copy.copy(m) == m, copy.deepcopy(b) == b, copy.copy(UTC) is UTC, copy.copy(t) == t)
print(sorted([b, a, datetime(2024, 1, 1, tzinfo=UTC)]))
print(datetime.__name__, datetime.__module__)
print(issubclass(datetime, date), isinstance(dt, date), isinstance(UTC, tzinfo))
