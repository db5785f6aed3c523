# The public names of datetime's and calendar's classes, and type names in messages.
import datetime, calendar
print(sorted(n for n in dir(datetime) if not n.startswith("_") and n not in ("datetime_CAPI", "sys")))
for cls in (datetime.timedelta, datetime.date, datetime.time, datetime.datetime, datetime.tzinfo, datetime.timezone):
    print(cls.__name__, cls.__qualname__, cls.__module__, sorted(n for n in dir(cls) if not n.startswith("_")))
print(sorted(n for n in dir(calendar) if not n.startswith("_") and n != "main"))
for cls in (calendar.Calendar, calendar.TextCalendar, calendar.HTMLCalendar, calendar.LocaleTextCalendar):
    print(cls.__name__, sorted(n for n in dir(cls) if not n.startswith("_")))
print(repr(datetime.date), repr(datetime.timezone.utc), str(datetime.timezone.max), repr(datetime.timezone.min))
print(datetime.datetime.__mro__, datetime.timezone.__mro__, datetime.timedelta.__mro__)
x = datetime.date(2024, 1, 1).isocalendar()
print(type(x).__name__, type(x).__qualname__, x, x.year, x == (2024, 1, 1), isinstance(x, tuple), len(x))
for bad in [lambda: datetime.date(2024, 1, 1) + 1, lambda: datetime.time(1) < 1, lambda: 1 - datetime.timedelta(1),
            lambda: datetime.timezone.utc + 1, lambda: datetime.datetime(2024, 1, 1) * 2]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    class TZ(datetime.timezone):
        pass
except TypeError as e:
    print(e)
class D(datetime.date):
    pass
try:
    D(2024, 1, 1) + 1
except TypeError as e:
    print(e)
print(calendar.LocaleTextCalendar(6, "C").formatmonth(2024, 1))
with calendar.different_locale("C"):
    print(calendar.month_name[1])
from datetime import date, datetime, time, timedelta, timezone
for obj, attr in [(date(2020, 1, 1), "year"), (datetime(2020, 1, 1), "day"), (datetime(2020, 1, 1), "hour"), (time(1), "fold"),
                  (timedelta(1), "days"), (date(2020, 1, 1), "foo"), (datetime(2020, 1, 1), "tzinfo")]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("AttributeError", type(obj).__name__, attr)
for t in [lambda: timezone(timedelta(hours=1)).tzname(date(2020, 1, 1)), lambda: date(2020, 1, 1).__dict__,
          lambda: getattr(date(2020, 1, 1), "hour"), lambda: time(1) == datetime(2020, 1, 1, 1),
          lambda: date(2020, 1, 1) < datetime(2020, 1, 1), lambda: datetime(2020, 1, 1) in [date(2020, 1, 1)],
          lambda: sorted([date(2020, 1, 1), datetime(2019, 1, 1)]), lambda: (timedelta(1) * True, timedelta(1) // True)]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
