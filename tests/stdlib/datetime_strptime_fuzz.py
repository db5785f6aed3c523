# Seeded fuzzing of strptime: random formats of directives and separators, on strftime output and on mutations of it.
import random
from datetime import datetime, timedelta, timezone
r = random.Random(3)
dirs = ["%Y", "%m", "%d", "%H", "%M", "%S", "%f", "%y", "%b", "%B", "%a", "%A", "%p", "%I", "%j", "%U", "%W", "%w", "%u", "%z", "%G", "%V", "%%"]
seps = ["", " ", "-", ":", "/", "T", ".", ",", "  "]
for i in range(1500):
    fmt = "".join(r.choice(dirs) + r.choice(seps) for _ in range(r.randint(1, 6)))
    dt = datetime(r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                  r.randint(0, 999999), r.choice([None, timezone.utc, timezone(timedelta(minutes=r.randint(-1000, 1000)))]))
    s = dt.strftime(fmt)
    if r.random() < 0.3 and s:
        s = list(s)
        s[r.randrange(len(s))] = r.choice("0123456789 -:aZ+")
        s = "".join(s)
    try:
        print(repr(fmt), repr(s), repr(datetime.strptime(s, fmt)))
    except Exception as e:
        print(repr(fmt), repr(s), type(e).__name__, e)
