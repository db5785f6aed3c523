# context= on call_soon/create_task/add_done_callback, current_task(loop), wait_for cancelled from outside, Semaphore(0).
import asyncio, contextvars

var = contextvars.ContextVar("var", default="default")

async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.current_task() in asyncio.all_tasks())
    print(asyncio.current_task(loop) is asyncio.current_task())
    ctx = contextvars.copy_context()
    h = loop.call_soon(print, "with context", context=ctx)
    await asyncio.sleep(0)
    var.set("main")
    async def child():
        return var.get()
    print(await asyncio.create_task(child()))
    t = asyncio.create_task(child(), context=contextvars.Context())
    print(await t)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb", var.get()), context=ctx)
    fut.set_result(None)
    await asyncio.sleep(0)
    inner_started = asyncio.Event()
    async def inner():
        inner_started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("inner cancelled")
            raise
    t = asyncio.create_task(asyncio.wait_for(inner(), 5))
    await inner_started.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
    sem = asyncio.Semaphore(0)
    print(sem.locked())
    asyncio.get_running_loop().call_soon(sem.release)
    async with sem:
        print("acquired after release")
    print(asyncio.get_event_loop() is loop)

asyncio.run(main())
