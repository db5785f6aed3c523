# Queue as CPython programs use it: full/empty errors, blocked putters, join/task_done, cancelled getters, FIFO getters, Lifo/Priority.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    # blocked putter released by a get
    await q.put("a")
    await q.put("b")
    async def putter():
        await q.put("c")
        print("put c done")
    t = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print(t.done(), q.qsize())
    print(await q.get())
    await t
    print(q.qsize(), [q.get_nowait() for _ in range(q.qsize())])
    # task_done/join
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    async def worker():
        while True:
            item = await q2.get()
            print("work", item)
            q2.task_done()
    w = asyncio.create_task(worker())
    await q2.join()
    print("joined", q2.qsize())
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker cancelled")
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError", e)
    # cancelled getter does not take an item
    q3 = asyncio.Queue()
    g = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    q3.put_nowait("x")
    print(g.cancelled(), q3.qsize(), await q3.get())
    # waiting getters are served in order
    q4 = asyncio.Queue()
    res = []
    async def getter(n):
        res.append((n, await q4.get()))
    ts = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    for x in "abc":
        q4.put_nowait(x)
    await asyncio.gather(*ts)
    print(res)
    # maxsize <= 0 is unbounded
    q5 = asyncio.Queue(-1)
    for i in range(100):
        q5.put_nowait(i)
    print(q5.full(), q5.qsize())
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in (5, 1, 3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())
