# threading: Thread lifecycle, names, repr, current/main thread, local, excepthook
import threading, sys

def f(n, k=0):
    print("in f", n, k, threading.current_thread().name)

t = threading.Thread(target=f, args=(1,), kwargs={"k": 2})
print(t.name, t.is_alive(), t.ident, t.native_id, t.daemon)
print(repr(t))
t.start(); t.join()
print(t.is_alive(), type(t.ident).__name__, repr(t).startswith("<Thread(Thread-1 (f), stopped "))
try: t.start()
except RuntimeError as e: print("RuntimeError:", e)

class T(threading.Thread):
    def __init__(self, v):
        super().__init__()
        self.v = v
        self.result = None
    def run(self):
        self.result = self.v * 2
ts = [T(i) for i in range(4)]
for x in ts: x.start()
for x in ts: x.join()
print([x.result for x in ts], [x.name for x in ts])

t = threading.Thread(target=f, name="worker", args=(5,), daemon=True)
print(t.name, t.daemon, repr(t))
t.start(); t.join(); t.join(0.1)
u = threading.Thread(target=lambda: None)
print(u.name)
try: u.join()
except RuntimeError as e: print("RuntimeError:", e)
u.daemon = True; print(u.isDaemon())
u.start(); u.join()
try: u.daemon = False
except RuntimeError as e: print("RuntimeError:", e)
try: threading.current_thread().join()
except RuntimeError as e: print("RuntimeError:", e)
try: threading.Thread(group=1)
except AssertionError as e: print("AssertionError:", e)

m = threading.main_thread()
print(m.name, m is threading.current_thread(), m.is_alive(), m.daemon)
print(threading.active_count(), threading.enumerate() == [m])
print(threading.get_ident() == m.ident, threading.get_native_id() == m.native_id)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)

# names of threads created through the class without a target
class Worker(threading.Thread): pass
w = Worker(); print(w.name.startswith("Thread-"), "(" in w.name)
w.name = "renamed"; print(w.getName())

# thread-local data
data = threading.local()
data.x = "main"
seen = []
def g(i):
    print_ok = not hasattr(data, "x")
    data.x = i
    seen.append((print_ok, data.x))
th = [threading.Thread(target=g, args=(i,)) for i in range(3)]
for x in th: x.start(); x.join()
print(sorted(seen), data.x)
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        self.items = []
ml = MyLocal(7); ml.items.append("m")
res = []
def h():
    res.append((ml.v, list(ml.items)))
    ml.items.append("t")
x = threading.Thread(target=h); x.start(); x.join()
print(res, ml.items)
try: threading.local(1)
except TypeError as e: print("TypeError:", e)
try: data.missing
except AttributeError as e: print("AttributeError")
del data.x
print(hasattr(data, "x"))

# excepthook
hooked = []
def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
def bad(): raise ValueError("boom")
x = threading.Thread(target=bad, name="bad-one"); x.start(); x.join()
print(hooked)
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)
x = threading.Thread(target=sys.exit); x.start(); x.join()
print("SystemExit in thread is silent")
x = threading.Thread(target=bad); x.start(); x.join()   # traceback goes to stderr
print("after default hook", x.is_alive())
threading.settrace(None); threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

# a non-daemon thread still running at exit is waited for
ev = threading.Event()
def late():
    ev.wait()
    print("late thread finishes")
threading.Thread(target=late).start()
print("main ends")
ev.set()
