# strftime through datetime and time: glibc's flags (-, _, 0, ^, #), widths and E/O modifiers.
from datetime import datetime, date, time, timezone, timedelta
d = datetime(2024, 3, 5, 7, 8, 9, 12345)
for f in ["%-d", "%-m", "%-H", "%-I", "%-M", "%-S", "%-j", "%e", "%k", "%l", "%P", "%n", "%t", "%D", "%F", "%T", "%R", "%r", "%h", "%g", "%G", "%V", "%u", "%E", "%Ey", "%Oy", "%_d", "%_m", "%0e", "%^a", "%#b", "%10Y", "%+", "%v", "%Q", "%", "%%%", "100%", "%5", "%:z"]:
    try:
        print(repr(f), repr(d.strftime(f)), repr(datetime(1, 1, 1, 13).strftime(f)), repr(d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime(f)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
import time
tt = (2024, 3, 5, 7, 8, 9, 1, 65, 0)
for f in ["%-10d", "%_10d", "%010a", "%^10B", "%-e", "%-p", "%^p", "%#p", "%3d", "%1Y", "%-Y", "%_Y", "%5%", "%-%", "%_5j", "%-5H", "%05e",
          "%10A", "%-a", "%_a", "%0a", "%#A", "%^#A", "%Ed", "%Od", "%EY", "%E", "%O", "%E%", "%-", "%_", "%10", "x%-dx%-my", "%-k", "%-l", "%_H",
          "%#c", "%^c", "%-D", "%12F", "%-T", "%#x", "%-G", "%-V", "%-u", "%-w", "%-U", "%-W", "%-C", "%-g", "%^P", "%#P", "%-n"]:
    print(repr(f), repr(time.strftime(f, tt)), repr(datetime(5, 1, 1, 13).strftime(f)))
