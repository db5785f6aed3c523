# Event waiters: a waiter cancelled and waiting again keeps only its new place in
# line; many waiters timing out (wait_for) leave nothing behind; set() wakes the
# live ones in order exactly once.
import asyncio

async def waiter(ev, name, log):
    await ev.wait()
    log.append(name)

async def main():
    ev = asyncio.Event()
    log = []
    a = asyncio.create_task(waiter(ev, "a", log))
    b = asyncio.create_task(waiter(ev, "b", log))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    a2 = asyncio.create_task(waiter(ev, "a again", log))
    c = asyncio.create_task(waiter(ev, "c", log))
    await asyncio.sleep(0)
    ev.set()
    await asyncio.sleep(0)
    print(log, a.cancelled())

    # the same task waits, is thrown out by a timeout, and waits again
    ev = asyncio.Event()
    log = []
    async def stubborn(name):
        for _ in range(3):
            try:
                await asyncio.wait_for(ev.wait(), 0.005)
            except asyncio.TimeoutError:
                log.append(name + " timeout")
        await ev.wait()
        log.append(name + " woke")
    ts = [asyncio.create_task(stubborn(n)) for n in "xyz"]
    await asyncio.sleep(0.1)
    ev.set()
    await asyncio.gather(*ts)
    print(log.count("x timeout"), log[-3:])

    # 2000 waiters time out, 10 stay: one wake each
    ev = asyncio.Event()
    woke = []
    async def short(i):
        try:
            await asyncio.wait_for(ev.wait(), 0.01)
            woke.append(i)
        except asyncio.TimeoutError:
            pass
    async def long(i):
        await ev.wait()
        woke.append(i)
    shorts = [asyncio.create_task(short(i)) for i in range(2000)]
    longs = [asyncio.create_task(long(i)) for i in range(10)]
    await asyncio.gather(*shorts)
    ev.set()
    await asyncio.gather(*longs)
    print(woke)

asyncio.run(main())
