# Task names: name=, set_name, and CPython's default Task-N numbering (main task first, gather children counted).
import asyncio

async def work():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(work(), name="worker-1")
    print(t.get_name())
    t.set_name("renamed")
    print(await t)
    loop = asyncio.get_running_loop()
    t2 = loop.create_task(work(), name="via-loop")
    print(await t2)
    t3 = asyncio.create_task(work())
    print(t3.get_name())
    print(await asyncio.gather(work(), work()))
    await t3
    print(t3.get_coro().__name__ if hasattr(t3.get_coro(), "__name__") else "coro")
    try:
        asyncio.create_task(1)
    except TypeError as e:
        print("TypeError")

asyncio.run(main())

async def second():
    return asyncio.current_task().get_name()
print(asyncio.run(second()))
