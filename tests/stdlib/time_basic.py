import time
t = time.time(); print(type(t).__name__, t > 1.6e9)
print(time.gmtime(0), time.gmtime(86400 * 365.25 * 30)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %p %%', time.gmtime(1234567890)))
print(time.mktime(time.localtime(1000000)) == 1000000.0, time.localtime(1e9)[:3] != None)
print(time.asctime(time.gmtime(0)), time.strptime('2020-02-29', '%Y-%m-%d')[:7])
s = time.monotonic(); time.sleep(0.01); print(time.monotonic() - s >= 0.009)
print(type(time.time_ns()).__name__, type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__)
print(time.gmtime(0).tm_year, time.gmtime(0).tm_wday, time.gmtime(0).tm_yday, time.gmtime(0).tm_isdst)
for bad in (lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.gmtime('x'), lambda: time.strftime(5), lambda: time.strptime('x', '%Y')):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), len(time.gmtime()))
print(time.strftime('%d/%m/%y', (2001, 2, 3, 0, 0, 0, 0, 1, 0)))
for s, f in [('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), ('Mar 4 2021', '%b %d %Y'), ('04/03/21 11:30 PM', '%d/%m/%y %I:%M %p'), ('2021 100', '%Y %j'), ('Thu Mar  4 05:06:07 2021', None)]:
    r = time.strptime(s, f) if f else time.strptime(s)
    print(tuple(r))
for s, f in [('2021-13-01', '%Y-%m-%d'), ('2021-02-30', '%Y-%m-%d'), ('2021-01-01x', '%Y-%m-%d'), ('2021', '%Q')]:
    try: time.strptime(s, f)
    except ValueError as e: print(e)
t = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime('%A %B %d %I %M %S %p %y %Y %j %U %W %w %u %e %D %F %T %R %C %x %X %c %G %V %g %n%t|', t))
print(time.asctime(t), time.strftime('%%Q %Q', t))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2, 3)]:
    try: print(time.strftime('%Y', bad))
    except Exception as e: print(type(e).__name__, e)
