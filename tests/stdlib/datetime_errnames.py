# Generic error messages name the classes as C types (datetime.date).
from datetime import *
import datetime as dm
d = date(2020, 1, 1)
for t in [lambda: format(timedelta(1), "x"), lambda: len(d), lambda: d[0], lambda: iter(d), lambda: d(), lambda: int(d),
          lambda: d.nope, lambda: timedelta.nope, lambda: -d, lambda: d ** 2, lambda: abs(time()), lambda: hash(UTC) == hash(timezone(timedelta(0))),
          lambda: float(timedelta(1)), lambda: "%d" % timedelta(1), lambda: [1][d], lambda: {}[d], lambda: dm.IsoCalendarDate]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
