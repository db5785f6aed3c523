# Seeded fuzzing of calendar output: text and HTML months and years for random years, widths and first weekdays.
import random, calendar
r = random.Random(9)
for i in range(60):
    y = r.choice([1, 2, 99, 1582, 1752, 1900, 2000, 2024, 9999, r.randint(1, 9999)])
    fw = r.randint(0, 6)
    tc = calendar.TextCalendar(fw)
    print(tc.formatmonth(y, r.randint(1, 12), r.randint(0, 5), r.randint(0, 2)))
    if i % 10 == 0:
        print(tc.formatyear(y, r.randint(0, 4), r.randint(0, 2), r.randint(0, 8), r.randint(1, 12)))
    hc = calendar.HTMLCalendar(fw)
    print(hc.formatmonth(y, r.randint(1, 12), r.random() < 0.5))
    c = calendar.Calendar(fw)
    m = r.randint(1, 12)
    print(c.monthdays2calendar(y, m), calendar.monthrange(y, m), calendar.leapdays(r.randint(-500, 500), r.randint(0, 10000)))
    print(calendar.timegm((y, m, r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 61))))
