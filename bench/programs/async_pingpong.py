# asyncio task switches: two tasks ping-ponging through Events, and N
# tasks looping on sleep(0). Prints the switch rates as "# " notes.
import asyncio
import time

async def player(my_turn, other_turn, n, log):
    for _ in range(n):
        await my_turn.wait()
        my_turn.clear()
        log[0] += 1
        other_turn.set()

async def spinner(n, log):
    for _ in range(n):
        await asyncio.sleep(0)
        log[1] += 1

async def main():
    log = [0, 0]
    a, b = asyncio.Event(), asyncio.Event()
    t0 = time.perf_counter()
    t1 = asyncio.create_task(player(a, b, 100_000, log))
    t2 = asyncio.create_task(player(b, a, 100_000, log))
    a.set()
    await t1
    await t2
    t1 = time.perf_counter()
    await asyncio.gather(*(spinner(20_000, log) for _ in range(10)))
    t2 = time.perf_counter()
    print("# Event ping-pong: %.0f k switches/s" % (log[0] / (t1 - t0) / 1000))
    print("# 10 tasks on sleep(0): %.0f k switches/s" % (log[1] / (t2 - t1) / 1000))
    return log

print(asyncio.run(main()))
