# concurrent.futures: ThreadPoolExecutor (submit, map, shutdown, initializer), Future states, wait, as_completed
import concurrent.futures as cf
import threading, time

def square(x): return x * x
def boom(x): raise ValueError("bad %d" % x)

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in fs], all(f.done() for f in fs))
    print(list(ex.map(square, range(6))), list(ex.map(pow, [2, 3], [5, 2])))
    f = ex.submit(boom, 3)
    try: f.result()
    except ValueError as e: print("ValueError:", e, type(f.exception()).__name__)
    print(sorted(f.result() for f in cf.as_completed([ex.submit(square, i) for i in range(5)])))
    done, not_done = cf.wait([ex.submit(square, 7), ex.submit(square, 8)])
    print(sorted(f.result() for f in done), not_done, type(cf.wait([])).__name__)
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(6)))
    print(len(names), all(n.startswith("ThreadPoolExecutor-") for n in names))
    try: list(ex.map(boom, [1, 2]))
    except ValueError as e: print("map raised", e)
try: ex.submit(square, 1)
except RuntimeError as e: print("RuntimeError:", e)

f = cf.Future()
print(f.done(), f.running(), f.cancelled(), repr(f).split(" state=")[1])
calls = []
f.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.result(), f.exception(), calls, repr(f).split(" state=")[1], f.cancel())
f.add_done_callback(lambda fut: calls.append("late"))
print(calls)
try: f.set_result(1)
except cf.InvalidStateError as e: print("InvalidStateError", str(e).split(":")[0])
g = cf.Future()
print(g.cancel(), g.cancelled(), g.done(), repr(g).split(" state=")[1], g.cancel())
try: g.result()
except cf.CancelledError as e: print("CancelledError", repr(e))
print(g.set_running_or_notify_cancel())
h = cf.Future(); h.set_exception(KeyError("k"))
print(repr(h).split(" state=")[1], repr(h.exception()))
try: h.result()
except KeyError as e: print("KeyError", e)
try: cf.Future().result(timeout=0.01)
except cf.TimeoutError as e: print("TimeoutError", cf.TimeoutError is TimeoutError)
try: cf.Future().exception(timeout=0)
except TimeoutError: print("TimeoutError from exception()")

ev = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    slow = ex.submit(ev.wait)
    queued = ex.submit(square, 5)
    print(queued.cancel(), queued.cancelled())
    done, pending = cf.wait([slow, queued], timeout=0.05, return_when=cf.FIRST_COMPLETED)
    print(len(done), len(pending), queued in done)
    ev.set()
    print(slow.result(), cf.wait([slow, queued], return_when=cf.ALL_COMPLETED).not_done)
with cf.ThreadPoolExecutor(1) as ex:
    f1 = ex.submit(boom, 1); f1.exception()
    d, nd = cf.wait([f1, ex.submit(square, 2)], return_when=cf.FIRST_EXCEPTION)
    print(f1 in d)
gate = threading.Event()
ex = cf.ThreadPoolExecutor(1)
first = ex.submit(gate.wait); rest = [ex.submit(square, i) for i in range(3)]
while not first.running(): time.sleep(0.001)
threading.Timer(0.02, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [r.cancelled() for r in rest])

init_log = []
with cf.ThreadPoolExecutor(2, thread_name_prefix="pool", initializer=init_log.append, initargs=("init",)) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result().startswith("pool_"))
print(init_log[:1])
def bad_init(): raise RuntimeError("no")
import sys, io
old = sys.stderr; sys.stderr = io.StringIO()
ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
fut = ex.submit(square, 2)
try: fut.result()
except cf.BrokenExecutor as e: print(type(e).__name__, e)
sys.stderr = old
for bad in [lambda: cf.ThreadPoolExecutor(0), lambda: cf.ThreadPoolExecutor(1, initializer=5)]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
with cf.ThreadPoolExecutor() as ex:
    it = cf.as_completed([ex.submit(ev.wait)], timeout=5)
    print([f.result() for f in it])
    gate2 = threading.Event()
    try:
        for f in cf.as_completed([ex.submit(gate2.wait)], timeout=0.01): pass
    except TimeoutError as e: print("TimeoutError:", e)
    gate2.set()
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError), cf.FIRST_COMPLETED, cf.ALL_COMPLETED)
print(cf.Future[int])
# a pool left open is shut down at exit
pool = cf.ThreadPoolExecutor(2)
pool.submit(print, "from the pool")
# completion order drives as_completed; FIRST_EXCEPTION stops waiting at a failure
e1, e2 = threading.Event(), threading.Event()
def waiter(ev, v):
    ev.wait(); return v
with cf.ThreadPoolExecutor(2) as ex:
    f1 = ex.submit(waiter, e1, "one"); f2 = ex.submit(waiter, e2, "two")
    order = []
    e2.set()
    for f in cf.as_completed([f1, f2]):
        order.append(f.result())
        e1.set()
    print(order)
    e3 = threading.Event()
    g1 = ex.submit(waiter, e3, "slow")
    g2 = ex.submit(boom, 9)
    d, nd = cf.wait([g1, g2], return_when=cf.FIRST_EXCEPTION)
    print([f is g2 for f in d], [f is g1 for f in nd])
    e3.set()
    d, nd = cf.wait([g1, g2], timeout=5)
    print(len(d), len(nd))
    try: cf.wait([ex.submit(e3.wait)], return_when="SOMETIMES") if False else cf.wait([cf.Future()], return_when="SOMETIMES")
    except ValueError as e: print("ValueError:", e)
