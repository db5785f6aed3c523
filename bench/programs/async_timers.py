# Timer accuracy: 10 000 tasks sleep pseudo-random times of 50..249 ms (all start
# sleeping before the first is due); each
# measures how late it woke. Prints max/p99 lateness and the CPU time used.
import asyncio
import time

N = 10_000

async def sleeper(delay_ms, late):
    deadline = time.perf_counter() + delay_ms / 1000
    await asyncio.sleep(delay_ms / 1000)
    late.append(time.perf_counter() - deadline)

async def main():
    late = []
    seed = 12345
    tasks = []
    for _ in range(N):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        tasks.append(asyncio.create_task(sleeper(50 + seed % 200, late)))
    cpu0 = time.process_time()
    await asyncio.gather(*tasks)
    cpu = time.process_time() - cpu0
    late.sort()
    print("# lateness max %.2f ms, p99 %.2f ms, median %.2f ms, early %d; CPU %.2f s" % (
        late[-1] * 1000, late[N * 99 // 100] * 1000, late[N // 2] * 1000, sum(1 for x in late if x < 0), cpu))
    return len(late)

print(asyncio.run(main()), "timers fired")
