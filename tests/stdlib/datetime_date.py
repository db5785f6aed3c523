# date: construction, ordinals, calendar functions, formatting, arithmetic.
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, repr(date.min))
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.isocalendar()[0])
print(d.isoformat(), d.ctime(), d.timetuple())
print(date.fromordinal(1), date.fromordinal(730120), date.fromordinal(3652059))
for o in range(1, 3652059, 99991):
    x = date.fromordinal(o)
    assert x.toordinal() == o
    print(x, x.weekday(), x.isocalendar())
for y in (1, 4, 100, 400, 1900, 2000, 2004, 2023, 2024, 9999):
    for m, dd in ((1, 1), (2, 28), (3, 1), (12, 31)):
        x = date(y, m, dd)
        print(x, x.toordinal(), x.isocalendar(), x.timetuple().tm_yday, x.ctime())
# ISO calendar boundaries
for y in range(2000, 2030):
    for dd in (date(y, 1, 1), date(y, 12, 28), date(y, 12, 31), date(y, 1, 4)):
        print(dd, tuple(dd.isocalendar()), date.fromisocalendar(*dd.isocalendar()) == dd)

print(d + timedelta(1), d - timedelta(366), timedelta(days=-59) + d, d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d + timedelta(hours=23), d + timedelta(hours=-1), d - timedelta(seconds=1))
print(d.replace(day=1), d.replace(year=2028), d.replace(2020, 3))
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2024, 2, 29), d != d.replace(day=28))
print(hash(d) == hash(date(2024, 2, 29)), d == "2024-02-29", d != 1)
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 1)]))
print(f"{d}", f"{d:%Y/%m/%d}", format(d, ""), "{:%d %b %Y}".format(d))
for fmt in ["%Y-%m-%d", "%a %A %b %B", "%d/%m/%y", "%j", "%U %W", "%w %u", "%H:%M:%S", "%%", "%f|%z|%Z",
            "%c", "%x", "%X", "%I %p", "%G-W%V-%u", "literal", ""]:
    print(repr(fmt), repr(d.strftime(fmt)), repr(date(2023, 1, 1).strftime(fmt)))

for args in [(0, 1, 1), (10000, 1, 1), (2023, 0, 1), (2023, 13, 1), (2023, 2, 29), (2024, 2, 30),
             (2023, 4, 31), (2023, 1, 0), (-1, 1, 1), (2023.0, 1, 1), ("2023", 1, 1), (2023, 1.5, 1),
             (2023, 1, None)]:
    try:
        print(date(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: date(2023), lambda: date(2023, 1), lambda: date.fromordinal(0),
            lambda: date.fromordinal(3652060), lambda: date.max + timedelta(1),
            lambda: date.min - timedelta(1), lambda: date.min + timedelta(-1),
            lambda: date(2020, 1, 1) < 5, lambda: date.fromisocalendar(2020, 54, 1),
            lambda: date.fromisocalendar(2020, 53, 1), lambda: date.fromisocalendar(2021, 53, 1),
            lambda: date.fromisocalendar(2020, 1, 8), lambda: date.fromisocalendar(2020, 0, 1),
            lambda: date.fromisocalendar(10000, 1, 1), lambda: date.fromisocalendar(0, 1, 1),
            lambda: d.replace(month=13), lambda: d.replace(year=2023), lambda: d.strftime(5)]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)

class MyDate(date):
    def tomorrow(self):
        return self + timedelta(1)

m = MyDate(2023, 12, 31)
print(type(m).__name__, repr(m), m, m.tomorrow(), type(m.tomorrow()).__name__, type(m - timedelta(1)).__name__)
print(type(m.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__)
print(m == date(2023, 12, 31), m - date(2023, 1, 1), isinstance(m, date))
import copy
print(copy.copy(d) == d, copy.deepcopy(m) == m, type(copy.copy(m)).__name__)
print(type(date.today()).__name__, date.today() >= date(2024, 1, 1))
print(date.fromtimestamp(0) in (date(1970, 1, 1), date(1969, 12, 31)))
print(datetime.date is date, date.__name__, date.__module__)
