# Create and gather 100 000 asyncio tasks (time and peak RSS).
import asyncio
import time

N = 100_000

async def work(i):
    await asyncio.sleep(0)
    return i * 2

async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(*(work(i) for i in range(N)))
    t1 = time.perf_counter()
    print("# create+gather %d tasks: %.3f s" % (N, t1 - t0))
    return sum(results)

print(asyncio.run(main()))
