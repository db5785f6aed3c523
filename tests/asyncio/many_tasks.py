# 10 000 tasks: created, switching through sleep(0), sleeping different times,
# waiting on one Event, holding a Lock in turn, and gathered.
import asyncio

N = 10_000

async def spin(i, log):
    for _ in range(3):
        await asyncio.sleep(0)
    log.append(i)
    return i

async def sleeper(i, order):
    await asyncio.sleep((i % 10) / 1000)
    order.append(i % 10)

async def ev_waiter(ev, counter):
    await ev.wait()
    counter[0] += 1

async def locker(lock, state):
    async with lock:
        state["in"] += 1
        state["max"] = max(state["max"], state["in"])
        await asyncio.sleep(0)
        state["in"] -= 1

async def main():
    log = []
    r = await asyncio.gather(*[spin(i, log) for i in range(N)])
    print(r == list(range(N)), log == list(range(N)))

    order = []
    ts = [asyncio.create_task(sleeper(i, order)) for i in range(N)]
    for t in ts:
        await t
    print(len(order), sorted(order) == sorted(i % 10 for i in range(N)))

    ev = asyncio.Event()
    counter = [0]
    ts = [asyncio.create_task(ev_waiter(ev, counter)) for _ in range(N)]
    await asyncio.sleep(0)
    print(counter[0])
    ev.set()
    await asyncio.gather(*ts)
    print(counter[0])

    lock = asyncio.Lock()
    state = {"in": 0, "max": 0}
    await asyncio.gather(*[locker(lock, state) for _ in range(N // 10)])
    print(state)

    q = asyncio.Queue()
    async def producer(i):
        await q.put(i)
    async def consumer(out):
        while True:
            out.append(await q.get())
            q.task_done()
    out = []
    cs = [asyncio.create_task(consumer(out)) for _ in range(10)]
    await asyncio.gather(*[producer(i) for i in range(N)])
    await q.join()
    print(len(out), sorted(out) == list(range(N)))
    for c in cs:
        c.cancel()

    ts = [asyncio.create_task(asyncio.sleep(10)) for _ in range(N)]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(sum(isinstance(x, asyncio.CancelledError) for x in res))

asyncio.run(main())
