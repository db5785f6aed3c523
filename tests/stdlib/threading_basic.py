# threading on _thread: Thread lifecycle and names, join, locks, RLock,
# Condition, Event, Semaphore, Barrier, Timer, local, excepthook, and
# the interpreter waiting for non-daemon threads at exit.
import threading, time

results = []
lock = threading.Lock()

def worker(n):
    with lock:
        results.append(n * n)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
print([t.name for t in ts])
print(ts[0].is_alive(), ts[0].ident)
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), [t.is_alive() for t in ts])
try:
    ts[0].start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.Thread(target=worker).join()
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count() >= 1, threading.current_thread() in threading.enumerate())

class MyThread(threading.Thread):
    def __init__(self):
        super().__init__(name="custom", daemon=True)
        self.value = None
    def run(self):
        self.value = threading.current_thread().name
t = MyThread()
t.start()
t.join()
print(t.value, t.daemon, t.name)

r = threading.RLock()
with r:
    with r:
        print("rlock reentered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        results.append(("consumed", items.pop()))
c = threading.Thread(target=consumer)
c.start()
with cond:
    items.append("x")
    cond.notify()
c.join()
print(results[-1])
with cond:
    print(cond.wait(0.01))

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.01, ev.set).start()
print(ev.wait(5), ev.is_set())
tm = threading.Timer(10, ev.clear)
tm.start()
tm.cancel()
tm.join()
print(ev.is_set())

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

b = threading.Barrier(3)
order = []
def party():
    order.append(b.wait())
ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print(sorted(order), b.broken)

data = threading.local()
data.x = "main"
def setter():
    data.x = "thread"
    results.append(data.x)
s = threading.Thread(target=setter)
s.start(); s.join()
print(data.x, results[-1])
print(hasattr(threading.local(), "x"))

def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main done")
