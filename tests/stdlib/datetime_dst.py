# A DST-aware tzinfo (US rules since 2007, written here) with PEP 495 folds:
# fromutc, astimezone across transitions, interzone comparisons and hashing of ambiguous times.
from datetime import datetime, timedelta, timezone, tzinfo, UTC

HOUR = timedelta(hours=1)
ZERO = timedelta(0)

def nth_sunday(year, month, n):
    d = datetime(year, month, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)

class Eastern(tzinfo):
    std = timedelta(hours=-5)

    def _bounds(self, year):
        start = nth_sunday(year, 3, 2) + 2 * HOUR   # 2:00 standard time
        end = nth_sunday(year, 11, 1) + HOUR        # 2:00 daylight time = 1:00 standard
        return start, end

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end:
            return HOUR
        if end <= naive < end + HOUR:             # repeated hour
            return ZERO if dt.fold else HOUR
        if start <= naive < start + HOUR:         # skipped hour
            return HOUR if dt.fold else ZERO
        return ZERO

    def utcoffset(self, dt):
        return self.std + self.dst(dt)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def fromutc(self, dt):
        start, end = self._bounds(dt.year)
        start = start.replace(tzinfo=self)
        end = end.replace(tzinfo=self)
        std = dt + self.std
        dst_time = std + HOUR
        if end <= dst_time < end + HOUR:
            return std.replace(fold=1)
        if std < start or dst_time >= end:
            return std
        if start <= std < end:
            return dst_time
        return std

    def __repr__(self):
        return "Eastern()"

ET = Eastern()
for h in range(3, 9):
    u = datetime(2023, 11, 5, h, 30, tzinfo=UTC)
    loc = u.astimezone(ET)
    print(u, "->", repr(loc), loc, loc.tzname(), loc.utcoffset(), loc.dst(), loc.astimezone(UTC) == u)
for h in range(5, 9):
    u = datetime(2024, 3, 10, h, 30, tzinfo=UTC)
    loc = u.astimezone(ET)
    print(u, "->", loc, loc.tzname(), loc.timetuple().tm_isdst, loc.utctimetuple()[:6])
a = datetime(2023, 11, 5, 1, 30, tzinfo=ET)
b = a.replace(fold=1)
print(a, b, a.utcoffset(), b.utcoffset(), a == b, a.astimezone(UTC), b.astimezone(UTC), b - a, a < b)
print(a == a.astimezone(UTC), b == b.astimezone(UTC), hash(a) == hash(b), a.timestamp(), b.timestamp())
gap = datetime(2024, 3, 10, 2, 30, tzinfo=ET)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.astimezone(UTC), gap.replace(fold=1).astimezone(UTC))
print(gap == gap.astimezone(UTC), datetime(2024, 3, 10, 3, 30, tzinfo=ET) - gap)
summer = datetime(2024, 7, 4, 12, tzinfo=ET)
print(summer, summer.isoformat(), summer.strftime("%Y-%m-%d %H:%M %Z %z"), summer.astimezone(timezone(timedelta(hours=2))))
print(summer.timetz(), summer.timetz().utcoffset(), repr(summer.timetz()))
print(sorted([datetime(2023, 11, 5, 1, 45, tzinfo=ET, fold=1), datetime(2023, 11, 5, 1, 15, tzinfo=ET), datetime(2023, 11, 5, 6, 20, tzinfo=UTC)]))
print(ET.fromutc(datetime(2023, 11, 5, 6, 30, tzinfo=ET)).fold, datetime.fromtimestamp(1699165800, ET), datetime.fromtimestamp(1699162200, ET))
print(datetime(2023, 11, 5, 1, 30, tzinfo=ET, fold=1) == datetime(2023, 11, 5, 6, 30, tzinfo=UTC))
print(datetime(2023, 11, 5, 1, 30, tzinfo=ET, fold=0) == datetime(2023, 11, 5, 5, 30, tzinfo=UTC))
print(datetime(2023, 11, 5, 1, 30, tzinfo=ET) != datetime(2023, 11, 5, 5, 30, tzinfo=UTC))
print(datetime(2023, 11, 5, 0, 30, tzinfo=ET) == datetime(2023, 11, 5, 4, 30, tzinfo=UTC))
