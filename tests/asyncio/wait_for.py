# wait_for: results in time, TimeoutError after cancelling (and waiting for) the task.
import asyncio

async def slow(log):
    try:
        await asyncio.sleep(1)
        return "slow done"
    except asyncio.CancelledError:
        log.append("slow cancelled")
        await asyncio.sleep(0.01)
        log.append("slow cleaned up")
        raise

async def fast():
    await asyncio.sleep(0.001)
    return "fast"

async def main():
    print(await asyncio.wait_for(fast(), 1))
    log = []
    try:
        await asyncio.wait_for(slow(log), 0.02)
    except asyncio.TimeoutError:
        print("timeout", log)
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(fast(), None))
    async def bad():
        raise KeyError("k")
    try:
        await asyncio.wait_for(bad(), 1)
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())
