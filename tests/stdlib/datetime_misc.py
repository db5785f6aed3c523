# datetime: odd years in formatting, dict keys, subclasses, fold, tzinfo protocol, misc API.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR
import copy

for y in (1, 9, 99, 999, 1000, 1899, 1900, 9999):
    d = date(y, 7, 4)
    print(d, repr(d), d.isoformat(), d.ctime(), d.strftime("%Y|%y|%G|%C"), datetime(y, 1, 1, 5).isoformat())
print(date(1, 1, 1).strftime("%a %A %b %B %j %U %W %w"), date(9999, 12, 31).strftime("%a %j %U %W %V"))

m = {date(2024, 1, 1): "a", datetime(2024, 1, 1): "b", time(1): "c", timedelta(1): "d", UTC: "e"}
print(m[date(2024, 1, 1)], m[datetime(2024, 1, 1, 0, 0)], m[time(1, 0)], m[timedelta(hours=24)], m[timezone(timedelta(0))])
print(len({datetime(2024, 1, 1, 12, tzinfo=UTC), datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))}))
print(len({datetime(2024, 1, 1, 12), datetime(2024, 1, 1, 12, fold=1)}), len({time(5), time(5, fold=1)}))

class T(time):
    def label(self):
        return "T" + self.isoformat()
t = T(4, 5)
print(repr(t), t.label(), type(t.replace(hour=1)).__name__, type(copy.copy(t)).__name__, t == time(4, 5))

class TZ2(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2) if dt is None or dt.month > 6 else timedelta(hours=1)
    def dst(self, dt):
        return timedelta(hours=1) if dt is not None and dt.month > 6 else timedelta(0)
    def tzname(self, dt):
        return "S" if dt is not None and dt.month > 6 else "W"
z = TZ2()
for d in [datetime(2024, 1, 15, 12, tzinfo=z), datetime(2024, 7, 15, 12, tzinfo=z)]:
    print(d, d.utcoffset(), d.dst(), d.tzname(), d.timetuple().tm_isdst, d.utctimetuple(), d.astimezone(UTC), d.strftime("%Z%z"))
print(datetime(2024, 7, 15, 10, tzinfo=UTC).astimezone(z), datetime(2024, 1, 15, 10, tzinfo=UTC).astimezone(z))
print(time(1, tzinfo=z).utcoffset(), time(1, tzinfo=z).isoformat(), datetime(2024, 7, 1, tzinfo=z) - datetime(2024, 1, 1, tzinfo=z))
print(datetime(2024, 7, 1, tzinfo=z) == datetime(2024, 7, 1), datetime(2024, 7, 1, tzinfo=z) - datetime(2024, 7, 1, tzinfo=z))

print(datetime(2024, 5, 6, 7, 8, 9).timetuple()[:], tuple(date(2024, 5, 6).timetuple()), time(1, 2, 3).strftime("%Y %j %H%M%S"))
print(datetime.fromisocalendar(2024, 1, 1), type(datetime.fromisocalendar(2024, 1, 1)).__name__, datetime(2024, 1, 1).isocalendar())
print(date.isoformat(datetime(2024, 1, 2, 3)), str(date.__str__(datetime(2024, 1, 2, 3))), date.__repr__(date(1, 2, 3)))
print(datetime(2020, 1, 1, 0, 0, 0, 1).isoformat(timespec="milliseconds"), time(1, 2, 3, 999999).isoformat("milliseconds"))
print(format(timedelta(1), ""), format(time(1), ""), f"{datetime(2020, 1, 1):}", "{:>12}".format(str(date(2020, 1, 1))))
print(time.fromisoformat(time(1, 2, 3, 4, UTC).isoformat()) == time(1, 2, 3, 4, UTC))
print(datetime(2024, 1, 1).replace(tzinfo=None).tzinfo, datetime(2024, 1, 1, tzinfo=UTC).replace(tzinfo=None))
print(datetime(2024, 1, 1, tzinfo=UTC).timetz(), repr(datetime(2024, 1, 1, 1, 2, 3, 4, tzinfo=UTC, fold=1).timetz()))
print(datetime.combine(date(2024, 1, 1), time(23, 59, 59, 999999, fold=1)).fold)
print(timedelta(days=1) * 0.1, timedelta(seconds=1) / 3, timedelta(seconds=10) / 4, -timedelta(seconds=10) / 4)
print(timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5, timedelta(microseconds=-3) * 0.5)
print(timedelta(days=1) // timedelta(hours=5), timedelta(days=-1) // timedelta(hours=5), timedelta(days=-1) % timedelta(hours=5))
print(date(2024, 1, 31) + timedelta(days=29), date(2024, 3, 31) - timedelta(weeks=4), (date(2024, 12, 25) - date(2024, 1, 1)).days)
span = datetime(2025, 1, 1) - datetime(2024, 1, 1)
print(span, span.total_seconds(), span / timedelta(hours=1), span // timedelta(weeks=1), str(-span))
try:
    time(1) + timedelta(1)
except TypeError as e:
    print(e)
try:
    time(1) - time(0)
except TypeError as e:
    print(e)
try:
    hash(datetime(2024, 1, 1, tzinfo=type("Bad", (tzinfo,), {"utcoffset": lambda self, dt: 3})()))
except TypeError as e:
    print(e)
print(datetime.max.timestamp() if False else "", datetime(2000, 1, 1, tzinfo=UTC).timestamp(), datetime(1, 1, 1, tzinfo=UTC).timestamp())
print(datetime.fromtimestamp(946684800, UTC) == datetime(2000, 1, 1, tzinfo=UTC), datetime.fromtimestamp(-1, UTC))
print(datetime.fromtimestamp(1.5, UTC), datetime.fromtimestamp(0.0000005, UTC), datetime.fromtimestamp(0.0000015, UTC))
