# TaskGroup: a failing child cancels the others and the body; errors grouped; base errors.
import asyncio

async def fail(n, msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def long(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(tag, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long("a"))
            tg.create_task(fail(1, "one"))
    except* ValueError as eg:
        print("eg", type(eg).__name__, [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, "x"))
            tg.create_task(fail(2, "y"))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions), sorted(str(e) for e in eg.exceptions))
    # body raises
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long("c"))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("body eg", [repr(e) for e in eg.exceptions])
    # results
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0, result=1))
        t2 = tg.create_task(asyncio.sleep(0, result=2))
    print(t1.result(), t2.result())
    # a failing child cancels the body of the async with
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, "early"))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body cancelled", asyncio.current_task().cancelling())
                raise
    except* ValueError as eg:
        print("after body", [str(e) for e in eg.exceptions], asyncio.current_task().cancelling())
    # the body's own error comes last
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, "child"))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    except ExceptionGroup as eg:
        print([str(e) for e in eg.exceptions])
    print(repr(asyncio.TaskGroup()))
    # outer cancellation of a task using TaskGroup
    async def user():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long("d"))
            await asyncio.sleep(10)
    t = asyncio.create_task(user())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("user cancelled")
    # create_task after exit
    try:
        tg.create_task(long("z"))
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
