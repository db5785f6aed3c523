# Concurrency limits: a Semaphore caps parallel jobs, a Lock protects shared state,
# an Event broadcasts a start signal, and wait_for bounds a slow job.
import asyncio

class Stats:
    def __init__(self):
        self.running = 0
        self.peak = 0
        self.lock = asyncio.Lock()

    async def enter(self):
        async with self.lock:
            self.running += 1
            self.peak = max(self.peak, self.running)

    async def leave(self):
        async with self.lock:
            self.running -= 1

async def job(i, sem, start, stats, log):
    await start.wait()
    async with sem:
        await stats.enter()
        await asyncio.sleep(0.002 * (i % 4))
        log.append(i)
        await stats.leave()
    return i * 10

async def main():
    sem = asyncio.Semaphore(3)
    start = asyncio.Event()
    stats = Stats()
    log = []
    tasks = [asyncio.create_task(job(i, sem, start, stats, log)) for i in range(12)]
    await asyncio.sleep(0.01)
    print("before start:", log, stats.peak)
    start.set()
    results = await asyncio.gather(*tasks)
    print(results)
    print("peak", stats.peak, "running", stats.running, "all ran", sorted(log) == list(range(12)))

    async def slow():
        await asyncio.sleep(1)
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        print("slow job timed out")

asyncio.run(main())
