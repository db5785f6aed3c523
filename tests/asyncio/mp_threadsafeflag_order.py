# ThreadSafeFlag wake-ups happen at the next I/O poll: set() inside the loop, from
# micropython.schedule (callbacks run between tasks), and before the waiter starts.
import asyncio
import micropython

async def task(id, flag):
    print("task", id)
    await flag.wait()
    print("task", id, "done")

def set_from_schedule(flag):
    print("schedule")
    flag.set()
    print("schedule done")

async def main():
    flag = asyncio.ThreadSafeFlag()
    t = asyncio.create_task(task(1, flag))
    print("yield")
    await asyncio.sleep(0)
    print("set event")
    flag.set()
    print("yield")
    await asyncio.sleep(0)
    print("wait task")
    await t
    print("----")
    t = asyncio.create_task(task(2, flag))
    print("yield")
    await asyncio.sleep(0)
    print("set event")
    micropython.schedule(set_from_schedule, flag)
    print("yield")
    await asyncio.sleep(0)
    print("wait task")
    await t
    print("----")
    print("set event")
    flag.set()
    t = asyncio.create_task(task(3, flag))
    print("yield")
    await asyncio.sleep(0)
    print("wait task")
    await t

asyncio.run(main())
