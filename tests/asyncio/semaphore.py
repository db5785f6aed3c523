# Semaphores bound concurrency; BoundedSemaphore refuses extra releases.
import asyncio

async def job(sem, name, state, log):
    async with sem:
        state["n"] += 1
        state["max"] = max(state["max"], state["n"])
        await asyncio.sleep(0.001)
        log.append(name)
        state["n"] -= 1

async def main():
    sem = asyncio.Semaphore(2)
    state = {"n": 0, "max": 0}
    log = []
    await asyncio.gather(*(job(sem, i, state, log) for i in range(6)))
    print(state["max"], sorted(log))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

asyncio.run(main())
