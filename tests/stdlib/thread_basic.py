import _thread, time
lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.release(), lock.locked())
results = []
done = _thread.allocate_lock(); done.acquire()
def worker(n):
    with lock:
        results.append(n * n)
    if len(results) == 3: done.release()
for i in range(3): _thread.start_new_thread(worker, (i,))
done.acquire(); print(sorted(results), type(_thread.get_ident()).__name__)
try: lock.release()
except RuntimeError as e: print(e)
print(lock.acquire(True, 0.01), lock.acquire(True, 0.01)); lock.release()
try: lock.acquire(False, 1)
except ValueError as e: print(e)
