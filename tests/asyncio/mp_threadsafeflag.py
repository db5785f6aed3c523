# ThreadSafeFlag set from another thread wakes the waiting task.
import asyncio
import _thread
import time

flag = asyncio.ThreadSafeFlag()

def setter():
    time.sleep(0.05)
    flag.set()

async def main():
    _thread.start_new_thread(setter, ())
    t0 = time.ticks_ms()
    await flag.wait()
    dt = time.ticks_diff(time.ticks_ms(), t0)
    print("woken", 30 <= dt < 1000)
    flag.set()
    await flag.wait()
    print("already set: no wait")

asyncio.run(main())
