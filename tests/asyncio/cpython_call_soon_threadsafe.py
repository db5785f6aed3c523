# call_soon_threadsafe from another thread wakes a waiting loop and runs in it.
import asyncio, _thread, time

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def worker():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, "from thread")
    _thread.start_new_thread(worker, ())
    t0 = time.monotonic()
    print(await fut, time.monotonic() - t0 < 0.5)

asyncio.run(main())
