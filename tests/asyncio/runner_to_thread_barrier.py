# Runner (closing the loop), to_thread and run_in_executor in threads, Barrier, timeout(0), Timeout reprs.
import asyncio, threading

async def value(x):
    await asyncio.sleep(0)
    return x

with asyncio.Runner() as runner:
    print(runner.run(value(1)))
    print(runner.run(value(2)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
try:
    runner.run(value(3))
except RuntimeError as e:
    print("RuntimeError", e)

def blocking(x):
    return x * 10, threading.current_thread() is not threading.main_thread()

async def main():
    print(await asyncio.to_thread(blocking, 4))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    b = asyncio.Barrier(2)
    print(repr(b).startswith("<asyncio.locks.Barrier object at"), b.parties, b.n_waiting, b.broken)
    async def party(n):
        i = await b.wait()
        return i
    print(sorted(await asyncio.gather(party(0), party(1))))
    async def slow():
        await asyncio.sleep(1)
    try:
        async with asyncio.timeout(0):
            await slow()
    except TimeoutError:
        print("timeout(0) expired")
    t = asyncio.timeout(None)
    print(repr(t))
    async with t:
        print(repr(t))
    print(repr(t))

asyncio.run(main(), debug=False)
