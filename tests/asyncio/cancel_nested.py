# CancelledError is delivered at the innermost await and unwinds every level.
import asyncio

async def level3(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("level3 finally")

async def level2(log):
    try:
        await level3(log)
    except asyncio.CancelledError:
        log.append("level2 saw CancelledError")
        raise

async def level1(log):
    try:
        return await level2(log)
    finally:
        log.append("level1 finally")

async def catcher():
    try:
        await level3([])
    except asyncio.CancelledError as e:
        print("caught", repr(e), e.args)
    await asyncio.sleep(0)
    return "recovered"

async def inner_task():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        return "inner swallowed"

async def outer_task(t):
    r = await t
    print("outer got", r)
    return "outer " + r

async def main():
    log = []
    t = asyncio.create_task(level1(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled")
    print(log)
    c = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    c.cancel()
    print(await c)
    # cancelling a task that awaits another forwards to the innermost one
    it = asyncio.create_task(inner_task())
    ot = asyncio.create_task(outer_task(it))
    await asyncio.sleep(0)
    print(ot.cancel())
    print(await ot)
    print(it.done(), ot.done(), it.cancelled(), ot.cancelled())

asyncio.run(main())
