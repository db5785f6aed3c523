# Cancelling tasks queued on a Lock: the lock goes to the next live waiter and
# is never held twice.
import asyncio

async def task(i, lock, lock_flag):
    print("task", i, "start")
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print("task", i, "cancel")
        return
    print("task", i, "lock_flag", lock_flag[0])
    lock_flag[0] = True
    await asyncio.sleep(0)
    lock.release()
    lock_flag[0] = False
    print("task", i, "done")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    lock_flag = [True]
    t0 = asyncio.create_task(task(0, lock, lock_flag))
    t1 = asyncio.create_task(task(1, lock, lock_flag))
    t2 = asyncio.create_task(task(2, lock, lock_flag))
    t3 = asyncio.create_task(task(3, lock, lock_flag))
    await asyncio.sleep(0)
    t1.cancel()
    t2.cancel()
    lock.release()
    lock_flag[0] = False
    for _ in range(4):
        await asyncio.sleep(0)
    print(lock.locked())
    # the first waiter is cancelled after release() handed it the lock
    await lock.acquire()
    a = asyncio.create_task(task(4, lock, lock_flag))
    b = asyncio.create_task(task(5, lock, lock_flag))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    for _ in range(4):
        await asyncio.sleep(0)
    print(lock.locked(), a.done(), b.done())

asyncio.run(main())
