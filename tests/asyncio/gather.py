# gather returns results in argument order; exceptions propagate or are collected.
import asyncio

async def value(v, delay):
    await asyncio.sleep(delay)
    return v

async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("boom")

async def main():
    print(await asyncio.gather(value(1, 0.02), value(2, 0.01), value(3, 0)))
    print(await asyncio.gather())
    try:
        await asyncio.gather(value(1, 0.01), fail(0))
    except ValueError as e:
        print("caught", e)
    r = await asyncio.gather(value(1, 0), fail(0.01), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    t = asyncio.create_task(value("task", 0))
    print(await asyncio.gather(t, value("coro", 0)))

asyncio.run(main())
