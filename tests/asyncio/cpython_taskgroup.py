# CPython 3.11's TaskGroup: waits for its tasks; a failure cancels the rest (the errors
# come as an ExceptionGroup where the runtime has one, else the first error itself).
import asyncio

async def work(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(name)
        return name
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.02, log))
        t2 = tg.create_task(work("b", 0.01, log))
    print(t1.result(), t2.result(), log)

    async def bad():
        await asyncio.sleep(0.005)
        raise ValueError("bad one")
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 1, log))
            tg.create_task(bad())
    except BaseException as e:
        errs = getattr(e, "exceptions", [e])
        print("failed with", [repr(x) for x in errs])
    print(log)

asyncio.run(main())
