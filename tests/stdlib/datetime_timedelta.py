# timedelta: normalisation, arithmetic, rounding, str/repr, errors.
from datetime import timedelta

cases = [
    timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1),
    timedelta(days=1, seconds=86399, microseconds=999999), timedelta(hours=25),
    timedelta(weeks=2, days=-3, hours=4, minutes=-5, seconds=6, milliseconds=7, microseconds=8),
    timedelta(days=1.5), timedelta(seconds=0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5),
    timedelta(microseconds=-0.5), timedelta(microseconds=-1.5), timedelta(seconds=1e-7),
    timedelta(minutes=0.1), timedelta(hours=1 / 3), timedelta(days=-1.25, seconds=3.3),
    timedelta(milliseconds=0.0005), timedelta(milliseconds=0.0015), timedelta(days=2, microseconds=2.5),
    timedelta(days=3, microseconds=2.5), timedelta(weeks=0.1),
    timedelta.min, timedelta.max, timedelta.resolution,
]
for td in cases:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))

a = timedelta(days=3, hours=5, microseconds=7)
b = timedelta(hours=-7, seconds=13)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
for n in (2, -3, 0, 7):
    print(a * n, n * b)
for f in (0.5, 1.5, -2.25, 1 / 3, 1e-6, 2.5e-7):
    print(repr(a * f), repr(f * b), repr(a / f))
for n in (2, 3, -7, 1000000):
    print(repr(a / n), repr(a // n), repr(b // n))
print(a / b, a // b, a % b, divmod(a, b), divmod(b, a), b % a)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(seconds=1) / timedelta(milliseconds=3), timedelta(seconds=1) // timedelta(milliseconds=3))
print(a == timedelta(days=3, hours=5, microseconds=7), a != b, a < b, a > b, a <= a, b >= a)
print(a == 5, a != "x", timedelta(0) == timedelta(seconds=0))
print(hash(timedelta(1)) == hash(timedelta(hours=24)))
print(sorted([a, b, timedelta(0), -a]))
print(sum([a, b, a], timedelta()))
print(max(a, b), min(a, b))

for bad in [lambda: a * a, lambda: a + 1, lambda: 1 - a, lambda: a / "x", lambda: a // 1.5,
            lambda: a % 2, lambda: a < 1, lambda: timedelta("1"), lambda: timedelta(seconds=[1]),
            lambda: a / 0, lambda: a // 0, lambda: a / timedelta(0), lambda: a // timedelta(0),
            lambda: a % timedelta(0), lambda: divmod(a, timedelta(0)), lambda: a / 0.0,
            lambda: timedelta(days=1000000000), lambda: timedelta.max + timedelta.resolution,
            lambda: timedelta.min - timedelta.resolution, lambda: timedelta.max * 2,
            lambda: -timedelta.min, lambda: timedelta(days=-1000000000),
            lambda: timedelta(seconds=float("nan")), lambda: timedelta(days=1e18)]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)

class TD(timedelta):
    pass

t = TD(hours=1)
print(type(t).__name__, t, type(t + t).__name__, type(-t).__name__, type(t * 2).__name__)
print(timedelta(hours=1) == t, isinstance(t, timedelta))
import copy
print(copy.copy(a) == a, copy.deepcopy(b) == b)
print(timedelta.max.days, timedelta.min.days, str(timedelta.max), str(timedelta.min))
print(timedelta(days=1, seconds=1).total_seconds(), timedelta(microseconds=1).total_seconds())
print(timedelta(seconds=86400 * 10 ** 6, microseconds=1).total_seconds())
