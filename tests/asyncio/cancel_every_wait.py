# Cancellation during every kind of wait: the task gets CancelledError at its await point.
import asyncio

async def guarded(name, aw_factory, log):
    try:
        log.append(name + " waiting")
        await aw_factory()
        log.append(name + " not cancelled")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " finally")

async def check(name, aw_factory, setup=None):
    log = []
    t = asyncio.create_task(guarded(name, aw_factory, log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(name, "cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        log.append("awaiter got CancelledError")
    print(log, t.done(), t.cancelled())

async def main():
    await check("sleep", lambda: asyncio.sleep(10))
    await check("sleep0-loop", lambda: spin())
    ev = asyncio.Event()
    await check("event", ev.wait)
    print("event waiters left after cancel: set() is harmless")
    ev.set()
    lock = asyncio.Lock()
    await lock.acquire()
    await check("lock", lock.acquire)
    print("lock still held:", lock.locked())
    lock.release()
    print("lock after release:", lock.locked())
    q = asyncio.Queue()
    await check("queue.get", q.get)
    q.put_nowait(1)
    print("item still there:", q.qsize(), q.get_nowait())
    fq = asyncio.Queue(1)
    fq.put_nowait("a")
    await check("queue.put", lambda: fq.put("b"))
    print("full queue:", fq.qsize(), fq.get_nowait(), fq.empty())
    await check("gather", lambda: asyncio.gather(asyncio.sleep(10), asyncio.sleep(20)))
    await check("wait_for", lambda: asyncio.wait_for(asyncio.sleep(10), 5))
    other = asyncio.create_task(asyncio.sleep(10))
    await check("await-task", lambda: other)
    print("awaited task cancelled too:", other.done(), other.cancelled())
    sem = asyncio.Semaphore(0)
    await check("semaphore", sem.acquire)
    print("semaphore locked:", sem.locked())

async def spin():
    while True:
        await asyncio.sleep(0)

asyncio.run(main())
