# ThreadSafeFlag set from _thread threads wakes the waiting task promptly, including
# while the loop sleeps on timers; sets coalesce; cancel and clear work; one waiter only.
import asyncio
import _thread
import time

def setter(flag, delay_ms, count, gap_ms):
    time.sleep_ms(delay_ms)
    for _ in range(count):
        flag.set()
        time.sleep_ms(gap_ms)

async def ticker(log):
    while True:
        await asyncio.sleep_ms(5)
        log[0] += 1

async def main():
    flag = asyncio.ThreadSafeFlag()

    # woken while the loop is otherwise idle
    _thread.start_new_thread(setter, (flag, 20, 1, 0))
    t0 = time.ticks_ms()
    await flag.wait()
    dt = time.ticks_diff(time.ticks_ms(), t0)
    print("idle wake", 15 <= dt < 200)

    # woken while the loop has timers
    log = [0]
    tk = asyncio.create_task(ticker(log))
    _thread.start_new_thread(setter, (flag, 30, 1, 0))
    t0 = time.ticks_ms()
    await flag.wait()
    dt = time.ticks_diff(time.ticks_ms(), t0)
    print("timer-loop wake", 25 <= dt < 200, log[0] > 0)
    tk.cancel()

    # many round trips with a thread: each set wakes one wait
    done = []
    ack = _thread.allocate_lock()
    def pinger(n):
        for i in range(n):
            ack.acquire()
            flag.set()
        done.append(True)
    ack.acquire()
    _thread.start_new_thread(pinger, (50,))
    n = 0
    for i in range(50):
        ack.release()
        await flag.wait()
        n += 1
    while not done:
        await asyncio.sleep_ms(1)
    print("round trips", n)

    # several sets before the wait: one wake
    flag.set()
    flag.set()
    await flag.wait()
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print("coalesced")

    # clear discards a stale set
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print("cleared")

    # cancelling the waiter
    async def waiter():
        try:
            await flag.wait()
        except asyncio.CancelledError:
            print("waiter cancelled")
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print(w.done())
    # a set after the cancelled wait stays pending for the next waiter
    flag.set()
    await flag.wait()
    print("next waiter ok")

    # only one task may wait at a time
    w = asyncio.create_task(flag.wait())
    await asyncio.sleep(0)
    try:
        await flag.wait()
    except RuntimeError:
        print("RuntimeError for second waiter")
    flag.set()
    await w
    print("done")

asyncio.run(main())
