# Seeded fuzzing of strftime (datetime, date, time; glibc flags and widths; aware and naive).
import random
from datetime import datetime, date, time, timedelta, timezone
r = random.Random(5)
dirs = list("aAbBcCdDeFgGhHIjklmMnprRStTuUVwWxXyYzZ%P") + ["-d", "_m", "0e", "^a", "#b", "10Y", "Ey", "Od", "-j", "3H"]
for i in range(1200):
    fmt = "".join(r.choice(["", " ", "-", "x"]) + "%" + r.choice(dirs) for _ in range(r.randint(1, 5)))
    dt = datetime(r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                  r.randint(0, 999999), r.choice([None, timezone.utc, timezone(timedelta(minutes=r.randint(-1000, 1000)), *r.choice([(), ("X%Y",)]))]))
    print(repr(fmt), repr(dt.strftime(fmt)), repr(dt.date().strftime(fmt)), repr(dt.timetz().strftime(fmt)))
