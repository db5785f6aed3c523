# threading: Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
with lock: print("with lock", lock.locked())
print(lock.locked(), lock.acquire(timeout=0.01)); lock.release()

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try: r.release()
except RuntimeError as e: print("RuntimeError:", e)
with r:
    with r: print("nested rlock")
got = []
r.acquire()
t = threading.Thread(target=lambda: got.append(r.acquire(blocking=False))); t.start(); t.join()
r.release(); print(got)

# counter under a lock
counter = 0
def inc():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("counter", counter)

# Condition: producer / consumer
cond = threading.Condition()
items = []
out = []
def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            out.append(items.pop(0))
c = threading.Thread(target=consumer); c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join(); print("consumed", out)
with cond:
    print("wait timeout", cond.wait(0.01), cond.wait_for(lambda: 42, 0.01))
try: cond.wait()
except RuntimeError as e: print("RuntimeError:", e)
try: cond.notify()
except RuntimeError as e: print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2: c2.notify_all()
print("notify_all ok")

# Semaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2); print(s.acquire(False), s.acquire(False))
try: threading.Semaphore(-1)
except ValueError as e: print("ValueError:", e)
try: s.acquire(False, 1)
except ValueError as e: print("ValueError:", e)
try: s.release(0)
except ValueError as e: print("ValueError:", e)
bs = threading.BoundedSemaphore(1)
with bs: print("in bounded")
try: bs.release()
except ValueError as e: print("ValueError:", e)
active = 0; peak = 0
sem = threading.Semaphore(2); mx = threading.Lock()
gate = threading.Event()
def limited():
    global active, peak
    with sem:
        with mx:
            active += 1; peak = max(peak, active)
        gate.wait(0.02)
        with mx: active -= 1
ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak <= 2)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(0.01))
res = []
def waiter(): res.append(ev.wait())
ws = [threading.Thread(target=waiter) for _ in range(3)]
for w in ws: w.start()
ev.set()
for w in ws: w.join()
print(res, ev.is_set(), ev.isSet())
ev.clear(); print(ev.is_set())

# Barrier
order = []
b = threading.Barrier(3, action=lambda: order.append("action"))
print(b.parties, b.n_waiting, b.broken)
idx = []
def bw():
    idx.append(b.wait())
ts = [threading.Thread(target=bw) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), order)
b2 = threading.Barrier(2)
try: b2.wait(0.01)
except threading.BrokenBarrierError: print("broken barrier", b2.broken)
b2.reset(); print(b2.broken)
b2.abort()
try: b2.wait()
except threading.BrokenBarrierError as e: print("BrokenBarrierError", type(e).__mro__[1].__name__)
print("single party", threading.Barrier(1).wait())

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start(); tm.join(); print(fired)
tm = threading.Timer(10, fired.append, args=["never"])
tm.start(); tm.cancel(); tm.join(); print(fired, tm.finished.is_set())
print(isinstance(tm, threading.Thread))
