# calendar: leap years, weekdays, month ranges, iterators, names, timegm.
import calendar
import datetime

print([y for y in range(1895, 1925) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100), calendar.isleap(0))
print(calendar.leapdays(1, 10000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2000), calendar.leapdays(1900, 2024))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (1, 1), (9999, 12), (2024, 4)]:
    print(y, m, calendar.monthrange(y, m), calendar.weekday(y, m, 1), calendar.monthcalendar(y, m))
print(calendar.weekday(0, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-1, 3, 1), calendar.weekday(12345, 6, 7))
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)
print(list(calendar.month_name), list(calendar.month_abbr), list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[3], calendar.day_name[-1], calendar.month_abbr[1:4])
print(calendar.mdays, calendar.January, calendar.February, calendar.EPOCH, calendar.error)
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm(datetime.datetime(2038, 1, 19, 3, 14, 8).utctimetuple()), calendar.timegm((2024, 1, 32, 25, 61, 61)))

c = calendar.Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
print(list(c.itermonthdates(2024, 3)))
print(list(c.itermonthdays(2024, 3)))
print(list(c.itermonthdays2(2024, 3)))
print(list(c.itermonthdays3(2024, 1)))
print(list(c.itermonthdays4(2023, 12)))
print(c.monthdatescalendar(2024, 2))
print(c.monthdays2calendar(2021, 2))
print(c.monthdayscalendar(2015, 2))
c.setfirstweekday(6)
print(c.firstweekday, list(c.iterweekdays()), c.monthdayscalendar(2015, 2), c.monthdayscalendar(2024, 6))
c.firstweekday = 9
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()), c.monthdayscalendar(2024, 7))
c2 = calendar.Calendar(3)
print(c2.yeardayscalendar(2024, 4)[0][0], len(c2.yeardayscalendar(2024)), len(c2.yeardatescalendar(2024, 5)))
print(c2.yeardays2calendar(2024, 6)[1][5])
print(c2.yeardatescalendar(2024)[3][2][-1])
print(list(calendar.Calendar().itermonthdays3(1, 1))[:3], list(calendar.Calendar(6).itermonthdays4(9999, 12))[-3:])
for bad in [lambda: list(c.itermonthdays(2024, 0)), lambda: calendar.Calendar().monthdatescalendar(1, 1),
            lambda: list(calendar.Calendar().itermonthdates(9999, 12)), lambda: calendar.monthrange(2024, 13)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
e = calendar.IllegalMonthError(14)
print(str(e), e.month, repr(str(calendar.IllegalWeekdayError("x"))), issubclass(calendar.IllegalMonthError, ValueError))
print(sorted(n for n in calendar.__all__ if not n.startswith(("Locale", "Day", "Month", "different", "HTML")))[:30])
