# asyncio.wait (FIRST_COMPLETED, FIRST_EXCEPTION, timeout, errors), as_completed, shield.
import asyncio

async def val(x, ev=None):
    if ev:
        await ev.wait()
    return x

async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad")

async def main():
    ev = asyncio.Event()
    t1 = asyncio.create_task(val(1))
    t2 = asyncio.create_task(val(2, ev))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), t1 in done, t2 in pending)
    done, pending = await asyncio.wait([t2], timeout=0.01)
    print(len(done), len(pending))
    ev.set()
    done, pending = await asyncio.wait([t1, t2])
    print(sorted(t.result() for t in done), pending)
    t3 = asyncio.create_task(bad())
    t4 = asyncio.create_task(val(4, asyncio.Event()))
    done, pending = await asyncio.wait([t3, t4], return_when=asyncio.FIRST_EXCEPTION)
    print(t3 in done, t4 in pending, repr(t3.exception()))
    t4.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait([t1], return_when="bogus")
    except ValueError as e:
        print("ValueError", e)
    res = []
    for f in asyncio.as_completed([val(3), val(1), val(2)]):
        res.append(await f)
    print(sorted(res))
    try:
        for f in asyncio.as_completed([val(1, asyncio.Event())], timeout=0.01):
            await f
    except asyncio.TimeoutError as e:
        print("as_completed timeout", type(e).__name__)
    # shield
    inner = asyncio.create_task(val(9, ev))
    print(await asyncio.shield(inner))
    ev2 = asyncio.Event()
    inner = asyncio.create_task(val(10, ev2))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    ev2.set()
    print(await inner)

asyncio.run(main())
