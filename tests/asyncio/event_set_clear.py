# Waiters woken by set() stay woken even if clear() runs before they do; wait() on a set
# event returns True without yielding; an Event can be reused many times.
import asyncio

async def waiter(ev, name, log):
    r = await ev.wait()
    log.append((name, r, ev.is_set()))

async def other(log):
    log.append("other ran")

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(ev, i, log)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    print(log)

    # no yield when already set: a task created before cannot run in between
    ev.set()
    log = []
    asyncio.create_task(other(log))
    for _ in range(3):
        await ev.wait()
    log.append("main after waits")
    await asyncio.sleep(0)
    print(log)

    # ping-pong through two events
    a, b = asyncio.Event(), asyncio.Event()
    trace = []
    async def player(me, you, name, n):
        for i in range(n):
            await me.wait()
            me.clear()
            trace.append(name + str(i))
            you.set()
    t1 = asyncio.create_task(player(a, b, "a", 3))
    t2 = asyncio.create_task(player(b, a, "b", 3))
    a.set()
    await asyncio.gather(t1, t2)
    print(trace)

asyncio.run(main())
