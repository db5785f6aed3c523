# MicroPython's Task repr is "<Task>"; Task exposes the wrapped coroutine as .coro.
import asyncio

async def work():
    await asyncio.sleep(0)
    return 1

async def main():
    t = asyncio.create_task(work())
    print(repr(t), str(t))
    print(t.coro is not None, type(t).__name__)
    print(isinstance(t, asyncio.Task))
    await t
    print(repr(t))
    print(repr(asyncio.current_task()))

asyncio.run(main())
