# Lock: acquire/release/locked, async with, three tasks taking turns (FIFO), sleeping
# holders, and waiters cancelled while queued or right after being released to.
import asyncio

async def task_loop(id, lock):
    print("task start", id)
    for i in range(3):
        async with lock:
            print("task got", id, i)
            await asyncio.sleep(0)
    print("task end", id)

async def task_sleep(lock):
    async with lock:
        print("task with lock")
        await asyncio.sleep(0.2)

async def task_cancel(id, lock, to_cancel=None):
    try:
        async with lock:
            print("task got", id)
            await asyncio.sleep(0.3)  # long against the waits below, for loaded machines
        print("task release", id)
        if to_cancel:
            to_cancel[0].cancel()
    except asyncio.CancelledError:
        print("task cancel", id)

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    await asyncio.sleep(0)
    lock.release()
    print(lock.locked())
    await asyncio.sleep(0)
    async with lock:
        print("locked")
    print(lock.locked())
    print("----")
    asyncio.create_task(task_loop(1, lock))
    asyncio.create_task(task_loop(2, lock))
    t3 = asyncio.create_task(task_loop(3, lock))
    await lock.acquire()
    await asyncio.sleep(0)
    lock.release()
    await t3
    print("----")
    asyncio.create_task(task_sleep(lock))
    await asyncio.sleep(0.1)
    await task_sleep(lock)
    print("----")
    cancel_list = []
    asyncio.create_task(task_cancel(0, lock, cancel_list))
    cancel_list.append(asyncio.create_task(task_cancel(1, lock)))
    asyncio.create_task(task_cancel(2, lock))
    await asyncio.sleep(0.9)
    print(lock.locked())
    print("----")
    t0 = asyncio.create_task(task_cancel(0, lock))
    t1 = asyncio.create_task(task_cancel(1, lock))
    t2 = asyncio.create_task(task_cancel(2, lock))
    await asyncio.sleep(0.05)
    t1.cancel()
    await asyncio.sleep(0.1)
    t2.cancel()
    await asyncio.sleep(0.4)
    print(lock.locked())

asyncio.run(main())
