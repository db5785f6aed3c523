# timeit (with a counting fake timer), sched (with a virtual clock), linecache, getopt
import timeit, sched, linecache, getopt, os, tempfile

class FakeTimer:
    def __init__(self): self.t = 0.0
    def __call__(self):
        self.t += 0.5
        return self.t
calls = []
def work(): calls.append(1)
t = timeit.Timer(work, timer=FakeTimer())
print(t.timeit(10), len(calls), t.repeat(3, 5), len(calls))
counter = {"n": 0}
print(timeit.timeit("c['n'] += 1", setup="x = 1", number=7, globals={"c": counter}, timer=FakeTimer()), counter)
print(timeit.repeat("c['n'] += x", setup="x = 2", repeat=2, number=3, globals={"c": counter}, timer=FakeTimer()), counter)
print(timeit.timeit("for i in range(3):\n    c['n'] += i", number=2, globals={"c": counter}, timer=FakeTimer()), counter)
print(timeit.Timer("pass", setup=lambda: calls.append("setup"), timer=FakeTimer()).timeit(1), calls[-1])
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
r = timeit.Timer("pass").timeit(100); print(type(r).__name__, r >= 0)
for bad in [dict(stmt=1), dict(setup=2), dict(stmt="x = ("), dict(stmt="return 1")]:
    try: timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e: print(type(e).__name__, e if isinstance(e, ValueError) else e.msg)
class Clock:
    def __init__(self): self.now = 0.0; self.log = []
    def time(self): return self.now
    def sleep(self, d): self.now += d; self.log.append(d)
n, tt = timeit.Timer("pass", timer=Clock().time).autorange(lambda n, t: calls.append((n, t))) if False else (0, 0)

clk = Clock()
s = sched.scheduler(clk.time, clk.sleep)
out = []
def act(name, extra=None): out.append((clk.now, name, extra))
e1 = s.enter(5, 1, act, ("a",))
e2 = s.enterabs(2, 2, act, ("b",), {"extra": 1})
e3 = s.enterabs(2, 1, act, argument=("c",))
e4 = s.enter(10, 1, act, ("d",))
print(s.empty(), [(e.time, e.priority, e.argument) for e in s.queue], type(e1).__name__, e1._fields)
s.cancel(e4)
try: s.cancel(e4)
except ValueError as e: print("ValueError:", e)
print(s.run(blocking=False), out)
s.run(); print(out, clk.log, s.empty())
s.enter(1, 0, act, ("z",)); print(s.run(blocking=False))
print(e2 < e1, e3 < e2, sched.Event(1, 2, 3, print, (), {}))

d = tempfile.mkdtemp(); fn = os.path.join(d, "f.py")
with open(fn, "w") as f: f.write("line one\nline two\nno newline")
print(repr(linecache.getline(fn, 1)), repr(linecache.getline(fn, 3)), repr(linecache.getline(fn, 4)), repr(linecache.getline(fn, 0)))
print(linecache.getlines(fn), fn in linecache.cache, linecache.cache[fn][2] is linecache.getlines(fn))
with open(fn, "w") as f: f.write("changed\ncontent\nmore\n")
print(repr(linecache.getline(fn, 1)))
os.utime(fn, (1, 1)); linecache.checkcache(fn); print(repr(linecache.getline(fn, 1)))
linecache.checkcache(); linecache.clearcache(); print(linecache.cache)
print(linecache.getline("/nonexistent/x.py", 1) == "", linecache.getlines("<string>"), linecache.getline(__file__, 1))
os.remove(fn); linecache.checkcache(); print(fn in linecache.cache)
os.rmdir(d)

print(getopt.getopt(["-a", "-b", "val", "--long", "--opt=x", "rest", "-c"], "ab:c", ["long", "opt="]))
print(getopt.getopt(["-abfoo", "--lo", "x"], "ab:", ["long", "other="]))
print(getopt.gnu_getopt(["x", "-a", "y", "--opt", "v", "--", "-b"], "ab", ["opt="]))
for args, so, lo in [(["-z"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["long"]), (["--opt"], "", ["opt="]),
                     (["--long=1"], "", ["long"]), (["--o"], "", ["opt", "other"])]:
    try: getopt.getopt(args, so, lo)
    except getopt.GetoptError as e: print("GetoptError:", e, repr(e.opt), e.msg == str(e))
print(getopt.error is getopt.GetoptError)
