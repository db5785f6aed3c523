# wait_for as CPython programs use it: TimeoutError is the builtin, results and errors pass through.
import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def fast():
    return "fast"

async def boom():
    raise KeyError("k")

async def main():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, repr(e), isinstance(e, TimeoutError))
    print(await asyncio.wait_for(fast(), 1))
    print(await asyncio.wait_for(fast(), None))
    try:
        await asyncio.wait_for(boom(), 1)
    except KeyError as e:
        print("KeyError", e)
    # timeout 0 on a finished task returns its result
    t = asyncio.create_task(fast())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    # wait_for a future
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        await asyncio.wait_for(f, 0.01)
    except asyncio.TimeoutError:
        print("future timeout", f.cancelled())
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
