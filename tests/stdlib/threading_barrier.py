# threading.Barrier: several rounds, indexes, action, abort/reset with waiters, timeouts, action errors
import threading

b = threading.Barrier(3)
log = []
lock = threading.Lock()
def worker(name):
    for rnd in range(4):
        i = b.wait()
        with lock: log.append((rnd, i))
ts = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(log) == sorted((r, i) for r in range(4) for i in range(3)), b.n_waiting, b.broken)

# waiters of a round see abort()
b = threading.Barrier(3)
errs = []
def w():
    try: b.wait()
    except threading.BrokenBarrierError: errs.append("broken")
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2: pass
b.abort()
for t in ts: t.join()
print(errs, b.broken, b.n_waiting)
try: b.wait()
except threading.BrokenBarrierError: print("still broken")
b.reset(); print(b.broken)

# reset() with waiters breaks them, then the barrier works again
errs.clear()
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2: pass
b.reset()
for t in ts: t.join()
print(errs, b.broken, b.n_waiting)
res = []
ts = [threading.Thread(target=lambda: res.append(b.wait())) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))

# an action that raises breaks the barrier; its thread sees the exception
def bad_action(): raise ValueError("action failed")
b = threading.Barrier(2, action=bad_action)
out = []
def w2():
    try: b.wait(); out.append("ok")
    except threading.BrokenBarrierError: out.append("broken")
    except ValueError as e: out.append(str(e))
ts = [threading.Thread(target=w2) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), b.broken)

# the default timeout of the barrier applies
b = threading.Barrier(2, timeout=0.01)
try: b.wait()
except threading.BrokenBarrierError: print("timed out", b.broken)
b = threading.Barrier(1, action=lambda: print("action ran"))
print(b.wait(), b.wait())
print(repr(threading.Barrier(2)).endswith("waiters=0/2>"), repr(b).split(": ")[1])
