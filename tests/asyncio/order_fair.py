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
    t2 = asyncio.create_task(task(2, 0.1))
    t3 = asyncio.create_task(task(3, 0.18))
    t4 = asyncio.create_task(task(4, -100))
    # 0.45 s: 50 ms away from the other tasks' next wake-ups (0.5, 0.54),
    # so that a loaded machine's drift does not reorder them.
    await asyncio.sleep(0.45)
    t1.cancel()
    t2.cancel()
    t3.cancel()
    t4.cancel()
    print("finish")

asyncio.run(main())
