# asyncio.Barrier (CPython 3.11): rounds, arrival indexes, async with,
# reset and abort breaking waiters, cancellation of a waiter.
import asyncio

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    async def worker(name, rounds):
        for r in range(rounds):
            i = await b.wait()
            log.append((r, name, i))
    await asyncio.gather(*(worker(n, 2) for n in "abc"))
    print(log)
    print(b.n_waiting, b.broken)

    async def ctx(name):
        async with b as i:
            return name, i
    print(await asyncio.gather(ctx("x"), ctx("y"), ctx("z")))

    # reset while two wait: both get BrokenBarrierError, the barrier refills
    async def guarded(name):
        try:
            await b.wait()
            return name + " passed"
        except asyncio.BrokenBarrierError as e:
            return name + " broken: " + type(e).__name__
    ts = [asyncio.create_task(guarded(n)) for n in "pq"]
    await asyncio.sleep(0)
    print(b.n_waiting)
    await b.reset()
    print(await asyncio.gather(*ts), b.broken, b.n_waiting)

    # abort: waiters and later arrivals are refused
    ts = [asyncio.create_task(guarded(n)) for n in "rs"]
    await asyncio.sleep(0)
    await b.abort()
    print(await asyncio.gather(*ts), b.broken)
    print(await guarded("late"))
    await b.reset()
    print(b.broken)

    # a cancelled waiter leaves the count as it was
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(b.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", b.n_waiting)

    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())
