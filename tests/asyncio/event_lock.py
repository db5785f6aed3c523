# Event wakes every waiter; Lock serialises tasks in FIFO order.
import asyncio

async def waiter(ev, name, log):
    log.append(name + " waiting")
    r = await ev.wait()
    log.append(name + " woke " + str(r))

async def locked(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.001)
        log.append(name + " out")

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(ev, n, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(ev.is_set())
    ev.set()
    print(ev.is_set())
    for t in ts:
        await t
    print(log)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    log = []
    ts = [asyncio.create_task(locked(lock, n, log)) for n in "xyz"]
    await asyncio.sleep(0)
    print(lock.locked())
    for t in ts:
        await t
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError on release")

asyncio.run(main())
