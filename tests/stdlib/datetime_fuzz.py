# Seeded fuzzing: timedelta from float components, float multiplication and division, and
# fromisoformat on mutated and random strings (random gives CPython's numbers for a seed).
import random
from datetime import timedelta
r = random.Random(7)
names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
out = []
for i in range(2000):
    kw = {}
    for n in r.sample(names, r.randint(1, 7)):
        e = r.choice([-9, -6, -3, 0, 2, 4, 6, 8])
        kw[n] = r.uniform(-1, 1) * 10 ** e if r.random() < 0.8 else r.randint(-10**6, 10**6)
    try:
        out.append(repr(timedelta(**kw)))
    except OverflowError as ex:
        out.append(str(ex))
    td = timedelta(microseconds=r.randint(-10**14, 10**14))
    f = r.uniform(-1e3, 1e3) * 10 ** r.choice([-12, -6, 0, 3])
    try:
        out.append(repr(td * f) + repr(td / f))
    except (OverflowError, ZeroDivisionError) as ex:
        out.append(str(ex))

for o in out:
    print(o)


from datetime import datetime, date, time
r = random.Random(11)
alpha = "0123456789" * 3 + "--::TTW..,+Z "
seeds = ["2024-03-05T10:11:12.123456+05:30", "20240305T101112", "2024-W10-2T10:11", "2024W102", "10:11:12.5-03:00", "2020-W53-7", "2024-02-29 23:59:59Z"]
out = []
for i in range(3000):
    if r.random() < 0.6:
        s = list(r.choice(seeds))
        for k in range(r.randint(1, 3)):
            op = r.random()
            pos = r.randrange(len(s) + 1)
            if op < 0.4 and s:
                s[min(pos, len(s) - 1)] = r.choice(alpha)
            elif op < 0.7:
                s.insert(pos, r.choice(alpha))
            elif s:
                del s[min(pos, len(s) - 1)]
        s = "".join(s)
    else:
        s = "".join(r.choice(alpha) for _ in range(r.randint(0, 20)))
    for f in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
        try:
            out.append(repr(f(s)))
        except Exception as e:
            out.append(type(e).__name__ + " " + str(e))
for o in out:
    print(o)
