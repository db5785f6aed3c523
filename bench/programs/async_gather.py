# Create and gather many asyncio tasks.
import asyncio

async def work(i):
    await asyncio.sleep(0)
    return i * 2

async def main():
    total = 0
    for _ in range(3):
        results = await asyncio.gather(*(work(i) for i in range(30_000)))
        total += sum(results)
    return total

print(asyncio.run(main()))
