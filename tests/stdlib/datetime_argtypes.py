# Type errors for bad arguments name the type as C argument parsing does (None, datetime.date).
from datetime import *
class X: pass
for t in [lambda: timezone(None), lambda: timezone(timedelta(0), None), lambda: date(2020,1,1).strftime(None), lambda: format(date(2020,1,1), None),
          lambda: datetime.combine(None, time()), lambda: datetime.combine(date(2020,1,1), None), lambda: datetime.combine(datetime(2020,1,1), time()),
          lambda: datetime(2020,1,1).isoformat(None), lambda: datetime.strptime(None, "%Y"), lambda: datetime.strptime("2020", None),
          lambda: timezone(X()), lambda: datetime.combine(X(), time()), lambda: date(2020,1,1).strftime(X()), lambda: time().strftime(None),
          lambda: format(time(), 5), lambda: datetime(2020,1,1).isoformat(X()), lambda: timezone(timedelta(0), X()),
          lambda: datetime.combine(date(2020,1,1), datetime(2020,1,1))]:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
