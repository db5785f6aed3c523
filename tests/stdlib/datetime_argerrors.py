# TypeErrors for surplus, missing and unknown arguments worded as C's argument parser words them.
from datetime import *
d = date(2020, 1, 1); t = time(1); dt = datetime(2020, 1, 1)
tests = ["date(2020, 1, 1, 1)", "date(2020, 1, 1, x=1)", "date(2020, 1, x=1)", "date(2020, x=1)", "date(2020, 1, 1, 1, x=2)", "timedelta(1, 2, 3, 4, 5, 6, 7, 8)", "timedelta(x=1)", "datetime(2020, 1, 1, 1, 1, 1, 1, None, 1)", "datetime(2020, 1, 1, x=1)", "datetime(2020, 1, x=1)", "time(1, 2, 3, 4, None, 0)", "time(x=1)", "d.replace(2020, 1, 1, 1)", "d.replace(x=1)", "t.replace(1, 2, 3, 4, None, 0)", "t.replace(x=1)", "dt.replace(2020, 1, 1, 1, 1, 1, 1, None, 0)", "dt.replace(x=1)",
 "timezone()", "timezone(timedelta(0), 'a', 1)", "timezone(offset=timedelta(0), x=1)", "dt.isoformat(x=1)", "dt.isoformat(' ', 'auto', 1)",
 "datetime.combine()", "datetime.combine(d)", "datetime.combine(d, t, None, 1)", "datetime.now(None, 1)", "datetime.fromtimestamp()", "dt.astimezone(None, 1)",
 "d.strftime()", "t.isoformat(1, 2)", "date.fromisocalendar(2020, 1)", "timedelta(1).total_seconds(1)", "dt.timestamp(1)", ]
for s in tests:
    try:
        print(s, eval(s))
    except Exception as e:
        print(s, type(e).__name__, e)
