# Exceptions propagate through nested awaits, awaited tasks and run(); tracebacks
# and the same instance are kept; exceptions can be caught and re-raised in tasks.
import asyncio

async def deep(n):
    if n == 0:
        await asyncio.sleep(0)
        raise ValueError("deep")
    return await deep(n - 1)

async def task_raise():
    await deep(5)

async def chained():
    try:
        await deep(1)
    except ValueError as e:
        raise RuntimeError("wrapped") from e

async def main():
    try:
        await deep(3)
    except ValueError as e:
        print("direct:", e)
    t = asyncio.create_task(task_raise())
    try:
        await t
    except ValueError as e:
        first = e
        print("from task:", e)
    try:
        await t
    except ValueError as e:
        print("same instance:", e is first)
    try:
        await chained()
    except RuntimeError as e:
        print(e, "caused by", repr(e.__cause__))
    t = asyncio.create_task(chained())
    await asyncio.sleep(0)
    try:
        await t
    except RuntimeError as e:
        print("task", e, repr(e.__cause__))
    # exceptions inside finally/except blocks of tasks
    async def cleanup():
        try:
            raise KeyError("a")
        finally:
            await asyncio.sleep(0)
    try:
        await asyncio.create_task(cleanup())
    except KeyError as e:
        print("KeyError", e)
    # ZeroDivisionError from plain code inside a task
    async def div():
        await asyncio.sleep(0)
        return 1 / 0
    r = await asyncio.gather(div(), return_exceptions=True)
    print(type(r[0]).__name__)
    raise OSError(5, "end of main")

try:
    asyncio.run(main())
except OSError as e:
    print("run raised", e.errno, e.strerror)

async def top():
    await deep(2)

asyncio.run(top())
