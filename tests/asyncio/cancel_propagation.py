# CancelledError through nested awaits, gather (cancelled task, cancelled child, return_exceptions), swallowed cancels, cleanup awaits.
import asyncio

log = []

async def leaf(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

async def middle():
    try:
        await leaf("leaf")
    except asyncio.CancelledError as e:
        print("middle saw", repr(e))
        raise

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: middle cancelled", t.cancelled())
    # gather in a task that gets cancelled: children are cancelled too
    async def gatherer(return_exceptions):
        try:
            return await asyncio.gather(leaf("g1"), leaf("g2"), return_exceptions=return_exceptions)
        except asyncio.CancelledError:
            # (MicroPython raises it here before the children have run
            # their cancellation; CPython after: not printed.)
            raise
    for rex in (False, True):
        g = asyncio.create_task(gatherer(rex))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        g.cancel()
        try:
            await g
        except asyncio.CancelledError:
            print("gather task cancelled", rex)
    # a child cancelled by someone else: gather raises CancelledError
    c1 = asyncio.create_task(leaf("c1"))
    c2 = asyncio.create_task(asyncio.sleep(0, "ok"))
    async def canceller():
        await asyncio.sleep(0)
        c1.cancel()
    asyncio.create_task(canceller())
    try:
        await asyncio.gather(c1, c2)
    except asyncio.CancelledError as e:
        print("gather got", repr(e))
    # return_exceptions collects CancelledError instances
    c3 = asyncio.create_task(leaf("c3"))
    asyncio.get_running_loop().call_soon(c3.cancel)
    print([type(x).__name__ for x in await asyncio.gather(c3, asyncio.sleep(0, 1), return_exceptions=True)])
    # a task that swallows its cancellation ends normally
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "survived"
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    # cancelling inside a finally still runs the cleanup awaits
    async def cleanup():
        try:
            await asyncio.sleep(10)
        finally:
            await asyncio.sleep(0)
            print("cleanup awaited")
    c = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("cleanup cancelled")
    # exception raised in a task propagates with its traceback frames
    async def thrower():
        raise RuntimeError("in task")
    try:
        await asyncio.create_task(thrower())
    except RuntimeError as e:
        print("RuntimeError", e, e.__traceback__ is not None)

asyncio.run(main())
