# Lock and Semaphore: FIFO hand-over, locked() during hand-over, cancelling a waiter that was handed the lock.
import asyncio
async def worker(name, lock, log, n=2):
    for i in range(n):
        async with lock:
            log.append((name, i, lock.locked()))
            await asyncio.sleep(0)
async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(worker(c, lock, log) for c in "abc"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError")
    # cancellation of a waiter that was handed the lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    print("handoff locked():", lock.locked())
    t.cancel()
    await asyncio.sleep(0)
    print("after cancel:", lock.locked())
    await lock.acquire(); print("reacquired", lock.locked()); lock.release()
    s = asyncio.Semaphore(2); bs = asyncio.BoundedSemaphore(1)
    async def sw(i):
        async with s:
            log2.append(i); await asyncio.sleep(0.01)
    log2=[]
    await asyncio.gather(*(sw(i) for i in range(5)))
    print(log2, s.locked())
    await bs.acquire(); bs.release()
    try: bs.release()
    except ValueError as e: print("ValueError", e)
asyncio.run(main())
