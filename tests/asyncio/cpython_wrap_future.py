import asyncio, concurrent.futures
def work(x):
    return x * 2
async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        cf = ex.submit(work, 21)
        r = await asyncio.wrap_future(cf)
        print(r)
        print(await loop.run_in_executor(ex, work, 5))
        cf2 = ex.submit(lambda: 1 / 0)
        try:
            await asyncio.wrap_future(cf2)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        f = loop.create_future()
        print(asyncio.wrap_future(f) is f)
asyncio.run(main())
async def main2():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="w") as ex:
        import threading
        name = await loop.run_in_executor(ex, lambda: threading.current_thread().name)
        print(name.startswith("w"))
        try:
            asyncio.wrap_future(5)
        except AssertionError as e:
            print("AssertionError", e)
asyncio.run(main2())
