# gather: the first exception in time wins, siblings keep running (not cancelled),
# return_exceptions collects everything, and finished tasks are gathered directly.
import asyncio

async def job(name, delay, fail=False, log=None):
    await asyncio.sleep(delay)
    if log is not None:
        log.append(name)
    if fail:
        raise ValueError(name)
    return name

async def main():
    log = []
    slow = asyncio.create_task(job("slow", 0.1, log=log))
    try:
        await asyncio.gather(slow, job("late-fail", 0.06, True, log), job("early-fail", 0.02, True, log))
    except ValueError as e:
        print("first failure:", e)
    print("slow still running:", not slow.done())
    print(await slow)
    await asyncio.sleep(0.08)
    print(log)

    r = await asyncio.gather(job("a", 0.02), job("b", 0, True), job("c", 0.04), return_exceptions=True)
    print([type(x).__name__ + ":" + str(x) for x in r])

    # already finished tasks, one failed
    t1 = asyncio.create_task(job("done-ok", 0))
    t2 = asyncio.create_task(job("done-bad", 0, True))
    t3 = asyncio.create_task(job("done-bad2", 0, True))
    await asyncio.sleep(0.01)
    print(t1.done(), t2.done(), t3.done())
    try:
        await asyncio.gather(t1, t2, t3)
    except ValueError as e:
        print("already failed:", e)
    print(await asyncio.gather(t1, t1))
    r = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    print([str(x) for x in r])

    # a cancelled sub-task makes gather raise CancelledError
    t = asyncio.create_task(job("victim", 1))
    async def canceller():
        await asyncio.sleep(0.01)
        t.cancel()
    try:
        await asyncio.gather(t, canceller())
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)

asyncio.run(main())
