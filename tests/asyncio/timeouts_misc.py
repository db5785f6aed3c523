# wait_for on Event.wait and negative timeouts, cancelled Queue.put/Lock.acquire waiters, timeout rescheduled into the past, sleep() is a coroutine.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event wait timeout")
    print(ev._waiters if hasattr(ev, "_waiters") and False else "ok")
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except asyncio.TimeoutError:
        print("negative timeout")
    q = asyncio.Queue(1)
    q.put_nowait(1)
    p = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0)
    print(q.qsize(), q.get_nowait(), q.empty())
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(lock.locked())
    async with asyncio.timeout(10) as cm:
        cm.reschedule(asyncio.get_running_loop().time() - 1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled by past reschedule")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError out of run")
t = asyncio.sleep(0)
print(type(t).__name__ in ("coroutine",), asyncio.iscoroutine(t))
t.close()
