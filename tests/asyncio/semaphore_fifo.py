# Semaphore hands permits over in FIFO order, without barging; a cancelled waiter
# passes its permit on; locked() and BoundedSemaphore limits.
import asyncio

async def worker(sem, name, log, hold):
    async with sem:
        log.append(name + "+")
        for _ in range(hold):  # scheduler turns, not time: the order is exact
            await asyncio.sleep(0)
        log.append(name + "-")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(sem, n, log, h) for n, h in zip("abcde", (1, 3, 1, 3, 1))))
    print(log)

    sem = asyncio.Semaphore(0)
    print(sem.locked())
    order = []
    async def take(name):
        await sem.acquire()
        order.append(name)
    ts = [asyncio.create_task(take(n)) for n in "xyz"]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    # a newcomer must queue behind the woken waiters
    late = asyncio.create_task(take("late"))
    ts[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order, sem.locked())
    sem.release()
    await asyncio.sleep(0)
    print(order)
    sem.release()
    await asyncio.sleep(0)
    print(order, sem.locked())

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    await b.acquire()
    print(b.locked())
    b.release()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    s = asyncio.Semaphore()
    print(await s.acquire(), s.locked())
    s.release()
    s.release()
    print(s.locked())

asyncio.run(main())
