# Task.cancel(msg): the message reaches the CancelledError; cancelling()/uncancel() counts.
import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e), e.args)
    print(t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", type(e).__name__)
    # cancel before start
    t2 = asyncio.create_task(sleeper())
    print(t2.cancel())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2", repr(e))
    # cancelled() on a task that caught cancel
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    print(t3.cancel())
    # cancelling() / uncancel()
    t4 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t4.cancelling())
    t4.cancel(); t4.cancel()
    print(t4.cancelling())
    print(t4.uncancel())
    print(t4.cancelling())
    t5 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t5.cancel()
    print(t5.cancelling())
    try:
        await t5
    except asyncio.CancelledError:
        print("t5 cancelled")
    try:
        await t4
    except asyncio.CancelledError:
        print("t4 cancelled")

asyncio.run(main())
