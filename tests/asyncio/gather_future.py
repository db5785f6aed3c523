# gather() returns a cancellable future; its tasks start at once (CPython's gather).
import asyncio

async def child(i, ev):
    try:
        await ev.wait()
        return i
    except asyncio.CancelledError:
        print("child", i, "cancelled")
        raise

async def main():
    ev = asyncio.Event()
    g = asyncio.gather(child(1, ev), child(2, ev))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    print(g.cancelled())
    # return_exceptions collects
    async def bad():
        raise ValueError("bad")
    async def good():
        return 1
    r = await asyncio.gather(bad(), good(), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(bad(), good())
    except ValueError as e:
        print("ValueError", e)
    print(await asyncio.gather())
    # gather a plain future
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "fut")
    print(await asyncio.gather(f, good()))

asyncio.run(main())
import asyncio
async def v(x): return x
async def bad(): raise ValueError("b")
async def main():
    g = asyncio.gather(v(1), v(2))
    print(g.done())
    print(await g, g.done(), g.result(), g.exception())
    g = asyncio.gather(v(1), bad())
    try:
        await g
    except ValueError as e:
        print("ValueError", e)
    print(g.done(), repr(g.exception()))
    g = asyncio.gather(v(1), bad(), return_exceptions=True)
    print(await g, g.result())
asyncio.run(main())
