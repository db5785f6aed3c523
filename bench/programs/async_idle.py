# Idle cost: 1000 tasks sleep while the main task sleeps 2 s; the CPU time
# used meanwhile should be next to nothing.
import asyncio
import time

async def sleeper():
    await asyncio.sleep(2.5)

async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(1000)]
    await asyncio.sleep(0)
    cpu0 = time.process_time()
    await asyncio.sleep(2)
    cpu = time.process_time() - cpu0
    print("# CPU while 1000 tasks wait 2 s: %.1f ms" % (cpu * 1000))
    for t in tasks:
        t.cancel()
    return "idle done"

print(asyncio.run(main()))
