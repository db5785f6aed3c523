# asyncio.timeout/timeout_at: expiry, reschedule, nesting, CancelledError seen inside.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.when(), cm.expired())
    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        print(cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout_at expired")
    # inner catch of CancelledError then re-raise gives TimeoutError
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("inner saw CancelledError")
                raise
    except TimeoutError:
        print("outer TimeoutError")
    # nested timeouts
    try:
        async with asyncio.timeout(5):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(5)
    except TimeoutError:
        print("inner fired")
    print("done")

asyncio.run(main())
