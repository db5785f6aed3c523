# MicroPython's gather limits: a task being gathered cannot also be awaited, a task
# already awaited cannot be gathered; finished tasks can be gathered.
import asyncio

def custom_handler(loop, context):
    print("custom_handler", repr(context["exception"]))

async def task(id):
    print("task start", id)
    await asyncio.sleep(0.01)
    print("task end", id)
    return id

async def gather_task(t0, t1):
    print("gather_task start")
    await asyncio.gather(t0, t1)
    print("gather_task end")

async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(custom_handler)

    print("=" * 10)
    tasks = [asyncio.create_task(task(1)), asyncio.create_task(task(2))]
    gt = asyncio.create_task(gather_task(tasks[0], tasks[1]))
    await asyncio.sleep(0)
    try:
        await tasks[0]
    except RuntimeError as er:
        print(repr(er))
    await gt

    print("=" * 10)
    tasks = [asyncio.create_task(task(1)), asyncio.create_task(task(2))]
    asyncio.create_task(gather_task(tasks[0], tasks[1]))
    await tasks[0]
    await tasks[1]
    await asyncio.sleep(0)

    print("=" * 10)
    task_1 = asyncio.create_task(task(1))
    await task_1
    print(await asyncio.gather(task_1))

asyncio.run(main())
