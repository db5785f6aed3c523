# CPython API beyond MicroPython: wait, as_completed, shield, Condition, timeout, to_thread.
import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    ts = [asyncio.create_task(work(n, d)) for n, d in [("a", 0.05), ("b", 0), ("c", 0.05)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))
    ts = [asyncio.create_task(work("x", 0, True)), asyncio.create_task(work("y", 0.1))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print([type(t.exception()).__name__ for t in done], len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.01)
    print(len(done), len(pending))
    await asyncio.wait(ts)
    out = []
    for coro in asyncio.as_completed([work("p", 0.03), work("q", 0.01), work("r", 0.02)]):
        out.append(await coro)
    print(out)
    try:
        for coro in asyncio.as_completed([work("slow", 1)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timeout")
    # shield
    release = asyncio.Event()
    async def held():
        await release.wait()
        return "inner"
    inner = asyncio.create_task(held())
    async def outer():
        return await asyncio.shield(inner)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled, inner continues:", not inner.done())
    release.set()
    print(await inner)
    print(await asyncio.shield(work("direct", 0)))
    # condition
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: len(items) >= n)
            return list(items[:n])
    async def producer():
        for i in range(3):
            await asyncio.sleep(0.005)
            async with cond:
                items.append(i)
                cond.notify_all()
    r = await asyncio.gather(consumer(1), consumer(3), producer())
    print(r[:2])
    async with cond:
        print(cond.locked())
    print(cond.locked())
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    # timeout
    try:
        async with asyncio.timeout(0.01) as tm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout expired", tm.expired())
    async with asyncio.timeout(1) as tm:
        await asyncio.sleep(0.001)
    print("in time", tm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    def boom():
        raise KeyError("thread")
    try:
        await asyncio.to_thread(boom)
    except KeyError as e:
        print("to_thread raised", e)

asyncio.run(main())
