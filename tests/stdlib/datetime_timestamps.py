# Timestamps out of range: the errors of time_t conversion and gmtime, for UTC and local conversions.
from datetime import date, datetime, timezone
for v in [float("inf"), -float("inf"), float("nan"), 1e18, -1e18, 2 ** 63, -2 ** 63 - 1, 253402300799, 253402300800,
          -62135596800, -62135596801, 1e15, True, 1.5, -1.5, -0.5, "1", None, 1e-7, -1e-7]:
    for f in [datetime.utcfromtimestamp, lambda t: datetime.fromtimestamp(t, timezone.utc)]:
        try:
            print(repr(f(v)))
        except Exception as e:
            print(type(e).__name__, e)
    if not isinstance(v, (int, float)) or v != v or abs(v) > 1e14:
        for f in [date.fromtimestamp, datetime.fromtimestamp]:
            try:
                print(repr(f(v)))
            except Exception as e:
                print(type(e).__name__, e)
