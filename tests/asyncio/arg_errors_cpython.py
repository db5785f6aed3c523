# Argument errors with CPython's messages: non-awaitables to ensure_future/gather/shield/wait_for/wait, reused coroutines, set_result on tasks, nested loop runs.
import asyncio

async def coro():
    return 1

async def main():
    for f in (asyncio.ensure_future, asyncio.gather, asyncio.shield):
        try:
            r = f(1)
            if asyncio.iscoroutine(r) or hasattr(r, "__await__"):
                await r
        except TypeError as e:
            print(f.__name__, "TypeError", e)
    try:
        await asyncio.wait_for(1, 1)
    except TypeError as e:
        print("wait_for TypeError", e)
    try:
        await asyncio.wait([coro()])
    except TypeError as e:
        print("wait TypeError", e)
    c = coro()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await asyncio.sleep(-1, "neg"))
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(coro())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError", e)
    await t
    try:
        loop.run_until_complete(coro())
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        asyncio.Queue().task_done()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Lock().release()
    except RuntimeError:
        print("RuntimeError lock")
    f = loop.create_future()
    try:
        await asyncio.wait_for(f, 0)
    except TimeoutError:
        print("TimeoutError", f.cancelled())

asyncio.run(main())
