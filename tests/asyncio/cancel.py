# Cancellation is delivered at the await point and can be caught for clean-up.
import asyncio

async def worker(log):
    try:
        log.append("start")
        await asyncio.sleep(10)
        log.append("not reached")
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    finally:
        log.append("finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored cancel"

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.01)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(log, t.done(), t.cancelled())
    print(t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
