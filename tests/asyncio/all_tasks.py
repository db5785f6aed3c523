# all_tasks(): the unfinished tasks of the running loop, including the caller.
import asyncio

async def sleeper(n):
    await asyncio.sleep(n)

async def waiter(ev):
    await ev.wait()

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(sleeper(0.01 * i), name="s%d" % i) for i in range(3)]
    w = asyncio.create_task(waiter(ev))
    cur = asyncio.current_task()
    at = asyncio.all_tasks()
    print(len(at), cur in at, all(t in at for t in ts), w in at)
    await asyncio.gather(*ts)
    at = asyncio.all_tasks()
    print(len(at), w in at, any(t in at for t in ts))
    for t in asyncio.all_tasks():
        if t is not cur:
            t.cancel()
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()), w.cancelled())

asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError", e)
