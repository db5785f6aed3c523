# Queue waiters are served in FIFO order; cancelled getters/putters are removed and
# never lose or duplicate items; join() waits for task_done().
import asyncio

async def getter(q, name, log):
    try:
        item = await q.get()
        log.append((name, item))
    except asyncio.CancelledError:
        log.append((name, "cancelled"))
        raise

async def putter(q, item, log):
    try:
        await q.put(item)
        log.append(("put", item))
    except asyncio.CancelledError:
        log.append(("put cancelled", item))
        raise

async def main():
    q = asyncio.Queue()
    log = []
    gs = [asyncio.create_task(getter(q, n, log)) for n in "abcd"]
    await asyncio.sleep(0)
    gs[1].cancel()
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, q.qsize(), q.empty())

    q = asyncio.Queue(maxsize=1)
    log = []
    q.put_nowait("first")
    ps = [asyncio.create_task(putter(q, i, log)) for i in range(4)]
    await asyncio.sleep(0)
    ps[2].cancel()
    await asyncio.sleep(0)
    got = []
    while len(got) < 4:
        got.append(await q.get())
    await asyncio.sleep(0)
    print(got, log, q.full(), q.qsize())

    # get/put with wait_for timeouts
    q = asyncio.Queue(1)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out", q.qsize())
    await q.put("x")
    try:
        await asyncio.wait_for(q.put("y"), 0.01)
    except asyncio.TimeoutError:
        print("put timed out", q.qsize(), q.get_nowait())

    # producer/consumer with join
    q = asyncio.Queue(3)
    processed = []
    async def worker(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0.001 * (item % 3))
            processed.append(item)
            q.task_done()
    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    for i in range(20):
        await q.put(i)
    await q.join()
    print(sorted(processed) == list(range(20)), q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(asyncio.Queue().maxsize, asyncio.Queue(5).maxsize, asyncio.Queue(0).full(), asyncio.Queue(-1).full())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))

asyncio.run(main())
