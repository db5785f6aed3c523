# Awaiting tasks: running, already finished, twice, in parallel, and failing ones.
import asyncio
import time

async def task(t):
    print("task", t)

async def delay_print(t, s):
    await asyncio.sleep(t)
    print(s)

async def task_raise():
    print("task_raise")
    raise ValueError

async def main():
    print("start")
    t = asyncio.create_task(task(1))
    await t
    t = asyncio.create_task(task(2))
    await asyncio.sleep(0.001)
    await t
    await t
    print("----")
    ts1 = asyncio.create_task(delay_print(0.1, "hello"))
    ts2 = asyncio.create_task(delay_print(0.2, "world"))
    t0 = time.monotonic()
    await ts1
    t1 = time.monotonic()
    await ts2
    t2 = time.monotonic()
    # (bounds, not rounded durations: a loaded machine adds tens of ms)
    print("took", 0.095 <= t1 - t0 < 0.5, 0.195 <= t2 - t0 < 0.6)
    t = asyncio.create_task(task_raise())
    try:
        await t
    except ValueError:
        print("ValueError")
    asyncio.get_event_loop().set_exception_handler(lambda loop, ctx: None)
    t = asyncio.create_task(task_raise())
    for _ in range(5):
        await asyncio.sleep(0)
    try:
        await t
    except ValueError:
        print("ValueError")
    # several tasks awaiting one task are woken in the order they started waiting
    done = asyncio.Event()
    async def target():
        await done.wait()
        return "target result"
    async def awaiter(name, t):
        r = await t
        print(name, r)
    tt = asyncio.create_task(target())
    ws = [asyncio.create_task(awaiter(n, tt)) for n in "xyz"]
    await asyncio.sleep(0)
    done.set()
    await asyncio.gather(*ws)

asyncio.run(main())
