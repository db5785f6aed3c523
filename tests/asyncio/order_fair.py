# Tasks sleeping different times (negative = yield only) interleave fairly.
import asyncio

async def task(id, t):
    print("task start", id)
    while True:
        if t > 0:
            print("task work", id)
        await asyncio.sleep(t)

async def main():
    t1 = asyncio.create_task(task(1, -0.01))
    t2 = asyncio.create_task(task(2, 0.2))
    t3 = asyncio.create_task(task(3, 0.5))
    t4 = asyncio.create_task(task(4, -100))
    # Every wake-up is at least 100 ms from any other (task 2 at 0.2, 0.4,
    # 0.6, 0.8; task 3 at 0.5, 1.0; the end at 0.7), so that the drift of
    # a loaded machine, python3's included, does not reorder them.
    await asyncio.sleep(0.7)
    t1.cancel()
    t2.cancel()
    t3.cancel()
    t4.cancel()
    print("finish")

asyncio.run(main())
