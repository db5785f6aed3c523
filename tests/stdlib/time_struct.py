# time: struct_time, gmtime, strftime, asctime and argument errors (as CPython's test_time).
import time
for t in (0, 1, 86399, 86400, 10**9, 1234567890.75, 2**31 - 1, 2**31, -1, -86401, 951782400, 4102444800):
    g = time.gmtime(t)
    print(t, tuple(g), g.tm_year, g.tm_yday, g.tm_wday, g.tm_isdst)
g = time.gmtime(10**9)
print(type(g).__name__, len(g), g[0], g[-1], g[1:3], list(g)[:6])
print(repr(g))
print(g.tm_zone, g.tm_gmtoff)
st = time.struct_time((2024, 2, 29, 13, 45, 7, 3, 60, 0))
print(st, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec)
for fmt in ('%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%j %U %W %w', '%y %I %p %%', '%d/%m/%y', '%H%M', 'plain', '', '%e' if False else '%M'):
    print(repr(fmt), repr(time.strftime(fmt, st)))
for tt in ((2000, 1, 1, 0, 0, 0, 5, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (2024, 7, 4, 12, 0, 0, 3, 186, -1)):
    print(time.asctime(tt), time.strftime('%c', tt), time.strftime('%x %X', tt))
print(time.asctime(time.gmtime(0)))
print(time.strptime('2024-03-05 10:20:30', '%Y-%m-%d %H:%M:%S')[:8])
print(time.strptime('5 Mar 2024', '%d %b %Y')[:7])
print(tuple(time.strptime('1970', '%Y')))
for bad in (lambda: time.gmtime('x'), lambda: time.strftime(1), lambda: time.strptime('x', '%Y'),
            lambda: time.struct_time((1, 2)), lambda: time.asctime((2000, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2000, 1, 1)), lambda: time.sleep(-1), lambda: time.sleep('1'),
            lambda: time.gmtime(float('nan')), lambda: time.gmtime(1e20)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
a = time.monotonic(); b = time.monotonic(); print(b >= a)
a = time.perf_counter_ns(); time.sleep(0.001); b = time.perf_counter_ns(); print(b - a >= 1_000_000)
print(time.sleep(0))
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.gmtime(time.mktime(time.localtime(1000000))) == time.gmtime(1000000))
