# A three-stage pipeline with bounded queues, sentinels, a worker pool and results
# collected in order of completion and then sorted.
import asyncio

async def source(out, n):
    for i in range(n):
        await out.put(i)
    await out.put(None)

async def square_pool(inq, outq, workers):
    async def worker(wid):
        while True:
            item = await inq.get()
            if item is None:
                await inq.put(None)  # let the other workers see the end
                return wid
            await asyncio.sleep(0.001 * (item % 3))
            await outq.put(item * item)
    done = await asyncio.gather(*(worker(w) for w in range(workers)))
    await outq.put(None)
    return done

async def sink(inq):
    total, seen = 0, []
    while True:
        item = await inq.get()
        if item is None:
            return total, sorted(seen)
        total += item
        seen.append(item)

async def main():
    q1 = asyncio.Queue(maxsize=3)
    q2 = asyncio.Queue(maxsize=2)
    workers, (total, seen), _ = await asyncio.gather(
        square_pool(q1, q2, 4), sink(q2), source(q1, 20))
    print(workers, total, seen[:5], len(seen))

asyncio.run(main())
