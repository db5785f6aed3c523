# CPython API beyond MicroPython: PriorityQueue, LifoQueue, Runner.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait((x, "item%d" % x))
    print([pq.get_nowait()[1] for _ in range(5)])
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1)
    await lq.put(2)
    print(lq.full(), lq.maxsize)
    async def late_put():
        await lq.put(3)
        return "put done"
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print(lq.get_nowait(), await t, lq.get_nowait(), lq.get_nowait(), lq.empty())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q = asyncio.PriorityQueue()
    async def worker():
        while True:
            p, v = await q.get()
            out.append(v)
            q.task_done()
    out = []
    w = asyncio.create_task(worker())
    for i in [3, 1, 2]:
        q.put_nowait((i, i * 10))
    await q.join()
    print(out)
    w.cancel()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    q.put_nowait((0, "after cancel"))
    print(q.get_nowait())

with asyncio.Runner() as runner:
    runner.run(main())
    print(runner.run(asyncio.sleep(0, "second run")))
