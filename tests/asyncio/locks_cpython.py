# Lock (cancelled waiter skipped), Semaphore, BoundedSemaphore, Event wake-ups, Condition wait_for/notify.
import asyncio

async def main():
    lock = asyncio.Lock()
    print(await lock.acquire(), lock.locked())
    async def waiter(n):
        async with lock:
            print("got", n)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(lock.locked(), [t.cancelled() for t in ts])
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError")
    sem = asyncio.Semaphore(2)
    print(sem.locked(), await sem.acquire(), await sem.acquire(), sem.locked())
    sem.release(); sem.release(); sem.release()
    print(sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        print("in bounded", bs.locked())
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    ev = asyncio.Event()
    async def ew(n):
        r = await ev.wait()
        print("event", n, r)
    ts = [asyncio.create_task(ew(i)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*ts)
    print(ev.is_set())
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, items.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append("a")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append("b")
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
