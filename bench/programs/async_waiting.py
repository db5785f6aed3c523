# Memory per waiting task: 100 000 tasks each blocked on an Event (the
# resident size before and after, from /proc/self/status).
import asyncio
import gc

N = 100_000

def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

async def waiter(ev, i):
    await ev.wait()
    return i

async def main():
    ev = asyncio.Event()
    gc.collect()
    before = rss_kb()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(N)]
    await asyncio.sleep(0)
    gc.collect()
    after = rss_kb()
    print("# memory per waiting task: %d bytes" % ((after - before) * 1024 // N))
    ev.set()
    total = 0
    for t in tasks:
        total += await t
    return total

print(asyncio.run(main()))
