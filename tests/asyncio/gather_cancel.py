# Cancelling the task that runs gather cancels every sub-task still running.
import asyncio

async def child(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(name + " finished")
        return name
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise

async def parent(log):
    try:
        return await asyncio.gather(child("a", 0.01, log), child("b", 1, log), child("c", 2, log))
    except asyncio.CancelledError:
        log.append("parent cancelled")
        raise

async def main():
    log = []
    t = asyncio.create_task(parent(log))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw CancelledError")
    await asyncio.sleep(0.01)
    print(sorted(log))
    print(t.cancelled())

    # gather of a task that someone else cancels, with return_exceptions
    log = []
    victim = asyncio.create_task(child("v", 1, log))
    async def cancel_later():
        await asyncio.sleep(0.01)
        victim.cancel()
        return "cancelled it"
    r = await asyncio.gather(victim, cancel_later(), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1], log)

asyncio.run(main())
