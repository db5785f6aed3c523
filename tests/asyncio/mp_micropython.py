# MicroPython extensions: sleep_ms, its overflow limit (half the ticks period), wait_for_ms.
import asyncio
import time

async def task(id, t):
    print("task start", id)
    await asyncio.sleep_ms(t)
    print("task end", id)
    return id * 2

async def main():
    t0 = time.ticks_ms()
    await asyncio.sleep_ms(1)
    print(time.ticks_diff(time.ticks_ms(), t0) < 20)
    try:
        await asyncio.sleep_ms(time.ticks_add(0, -1) // 2 + 1)
    except OverflowError:
        print("OverflowError")
    t = asyncio.create_task(asyncio.sleep_ms(time.ticks_add(0, -1) // 2))
    await asyncio.sleep(0)
    print("longest sleep accepted", t.cancel())
    print(await asyncio.wait_for_ms(task(1, 5), 50))
    try:
        print(await asyncio.wait_for_ms(task(2, 50), 5))
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.sleep_ms(0), await asyncio.sleep_ms(-5), await asyncio.sleep(-1))
    print("finish")

asyncio.run(main())
