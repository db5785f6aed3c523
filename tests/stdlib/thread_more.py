# _thread: start_new_thread, locks (acquire forms, timeouts, context manager), get_ident, stack_size (the results are joined, so the output is deterministic).
import _thread, time
lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0.01))
lock.release(); print(lock.locked())
try: lock.release()
except RuntimeError as e: print('RuntimeError', e)
for bad in (lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2), lambda: lock.acquire(timeout='x')):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
with lock: print('in with', lock.locked())
print(lock.locked())
results = []
done = _thread.allocate_lock()
n = 8
counter = [0]
mutex = _thread.allocate_lock()
def worker(i, step=1):
    for _ in range(1000):
        with mutex: counter[0] += step
    with mutex:
        results.append(i)
        if len(results) == n: done.release()
done.acquire()
for i in range(n):
    _thread.start_new_thread(worker, (i,), {'step': 2})
done.acquire(); done.release()
print(sorted(results), counter[0])
print(type(_thread.get_ident()).__name__, _thread.get_ident() == _thread.get_ident())
idents = []
fin = _thread.allocate_lock(); fin.acquire()
def who():
    idents.append(_thread.get_ident()); fin.release()
_thread.start_new_thread(who, ())
fin.acquire(); print(idents[0] != _thread.get_ident())
for bad in (lambda: _thread.start_new_thread(who), lambda: _thread.start_new_thread(who, [1]), lambda: _thread.start_new_thread(1, ()),
            lambda: _thread.start_new_thread(who, (), 1)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(_thread.stack_size() >= 0, _thread.TIMEOUT_MAX > 0, _thread.LockType is type(lock), _thread.error is RuntimeError)
r = _thread.RLock() if hasattr(_thread, 'RLock') else None
if r:
    print(r.acquire(), r.acquire(), r._is_owned() if hasattr(r, '_is_owned') else True); r.release(); r.release()
    try: r.release()
    except RuntimeError as e: print('RuntimeError', e)
t0 = time.monotonic(); print(lock.acquire(), lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04); lock.release()
