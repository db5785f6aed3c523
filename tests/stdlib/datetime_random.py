# Seeded random tables: timedelta from floats, float multiplication and division, date and
# datetime arithmetic, ISO round trips (random gives CPython's numbers for a seed).
import random
from datetime import timedelta, date, datetime, time, timezone

rnd = random.Random(20241125)
names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
for i in range(300):
    kw = {}
    for n in rnd.sample(names, rnd.randint(1, 4)):
        kind = rnd.random()
        if kind < 0.3:
            kw[n] = rnd.randint(-10 ** 6, 10 ** 6)
        elif kind < 0.6:
            kw[n] = rnd.uniform(-1000, 1000)
        elif kind < 0.8:
            kw[n] = rnd.randint(-2000, 2000) / rnd.choice([2, 4, 8, 10, 3])
        else:
            kw[n] = rnd.choice([0.5, -0.5, 1.5, -1.5, 2.5, 1e-7, 5e-7, 1.5e-6, 0.1, 0.3])
    try:
        td = timedelta(**kw)
        print(repr(td))
    except OverflowError as e:
        print("OverflowError", e)
for i in range(200):
    td = timedelta(microseconds=rnd.randint(-10 ** 15, 10 ** 15))
    f = rnd.choice([rnd.uniform(-5, 5), rnd.randint(-9, 9) / 4, 1 / rnd.randint(1, 99), 0.5, 1.5])
    n = rnd.randint(1, 10 ** 7) * rnd.choice([1, -1])
    out = [td * f, td / n, td // n]
    if f:
        out.append(td / f)
    print(*(repr(x) for x in out))
    o = timedelta(microseconds=rnd.randint(1, 10 ** 12) * rnd.choice([1, -1]))
    print(td / o, td // o, repr(td % o), td < o, str(td), str(-td))
for i in range(300):
    o = rnd.randint(1, 3652059)
    d = date.fromordinal(o)
    k = rnd.randint(-50000, 50000)
    try:
        e = d + timedelta(days=k)
    except OverflowError as err:
        e = str(err)
    iso = d.isocalendar()
    print(d, d.weekday(), tuple(iso), date.fromisocalendar(*iso) == d, e, d.strftime("%a %d %b %Y %j"))
for i in range(200):
    dt = datetime(rnd.randint(1, 9999), rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59),
                  rnd.randint(0, 59), rnd.choice([0, rnd.randint(0, 999999)]),
                  rnd.choice([None, timezone.utc, timezone(timedelta(minutes=rnd.randint(-1439, 1439)))]))
    s = dt.isoformat(sep=rnd.choice("T _"), timespec=rnd.choice(["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]))
    back = datetime.fromisoformat(s)
    delta = timedelta(seconds=rnd.uniform(-1e9, 1e9))
    try:
        moved = dt + delta
    except OverflowError as err:
        moved = str(err)
    print(s, repr(back), moved, repr(dt.timetz()), dt.ctime())
