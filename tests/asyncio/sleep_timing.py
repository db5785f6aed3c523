# Sleeps wake in deadline order, and sleep returns its result argument.
import asyncio

async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)

async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(n, d, log)) for n, d in
             [("c", 0.03), ("a", 0.01), ("b", 0.02), ("d", 0.04)]]
    for t in tasks:
        await t
    print(log)
    print(await asyncio.sleep(0, "result"))
    print(await asyncio.sleep(0.001, result=42))

asyncio.run(main())
