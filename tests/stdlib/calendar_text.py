# calendar: month/year text output, firstweekday, HTML.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 3, 1))
print(calendar.month(2021, 2, w=5, l=2))
print(calendar.month(1, 1), calendar.month(9999, 12))
calendar.prmonth(2024, 3)
calendar.prmonth(2024, 3, 9)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(calendar.calendar(2025, w=2, l=2, c=2, m=6))
calendar.prcal(2000)
calendar.prcal(1999, m=2)
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(3)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 3)))
calendar.prweek([(1, 0), (2, 1), (0, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 2)
print()
for fwd in (6, 2, 0):
    calendar.setfirstweekday(fwd)
    print(calendar.firstweekday())
    print(calendar.month(2024, 9))
    print(calendar.monthcalendar(2024, 9))
print(calendar.calendar(2024, m=2))
calendar.setfirstweekday(calendar.MONDAY)
for bad in [lambda: calendar.setfirstweekday(7), lambda: calendar.setfirstweekday(-1), lambda: calendar.month(2024, 13),
            lambda: calendar.monthrange(2024, 0), lambda: calendar.monthcalendar(2024, 13)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, calendar.IllegalMonthError), isinstance(e, calendar.IllegalWeekdayError))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 12))
print(tc.formatyear(2024, 3, 1, 2, 4))
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)), repr(tc.formatweekday(3, 4)))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(17, 0, 5)), repr(calendar.formatstring(["a", "bb"], 5, 2)))
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False))
print(hc.formatyear(2024, 4))
print(hc.formatweekheader(), hc.formatday(0, 3), hc.formatday(5, 3))
class MyCal(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        return s.replace(" 1", "*1") if day == 1 else s
print(MyCal().formatmonth(2024, 6))
print(calendar.HTMLCalendar(6).formatyearpage(2024, 6))
print(calendar.HTMLCalendar().formatyearpage(2023, css=None, encoding="ascii")[:400])
calendar.main(["calendar.py", "2024", "3"])
calendar.main(["calendar.py", "-w", "3", "-l", "2", "2023", "2"])
calendar.main(["calendar.py", "--spacing=2", "-m", "4", "2025"])
