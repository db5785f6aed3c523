# Memory per waiting task: 100 000 tasks each blocked on an Event (the
# resident size before and after creating them, from /proc/self/status).
# Only the loop and the Event hold the tasks, as with fire-and-forget tasks.
import asyncio
import gc

N = 100_000

def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

async def waiter(ev, total, i):
    await ev.wait()
    total[0] += i

async def main():
    ev = asyncio.Event()
    total = [0]
    gc.collect()
    before = rss_kb()
    for i in range(N):
        asyncio.create_task(waiter(ev, total, i))
    await asyncio.sleep(0)
    gc.collect()
    after = rss_kb()
    print("# memory per waiting task: %d bytes" % ((after - before) * 1024 // N))
    ev.set()
    await asyncio.sleep(0)
    return total[0]

print(asyncio.run(main()))
