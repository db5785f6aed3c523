# A watchdog: workers report heartbeats through an Event; a monitor restarts the
# one that stops beating (wait_for timeouts), and everything shuts down cleanly.
import asyncio

async def worker(name, beats, hang_after, log):
    n = 0
    try:
        while True:
            await asyncio.sleep(0.005)
            n += 1
            if hang_after and n >= hang_after:
                await asyncio.sleep(10)
            beats[name].set()
    except asyncio.CancelledError:
        log.append(name + " stopped after %d beats" % n)
        raise

async def monitor(name, beats, restarts, log, rounds):
    for _ in range(rounds):
        try:
            await asyncio.wait_for(beats[name].wait(), 0.05)
            beats[name].clear()
        except asyncio.TimeoutError:
            restarts.append(name)
            return

async def main():
    log = []
    beats = {"steady": asyncio.Event(), "flaky": asyncio.Event()}
    workers = {
        "steady": asyncio.create_task(worker("steady", beats, 0, log)),
        "flaky": asyncio.create_task(worker("flaky", beats, 3, log)),
    }
    restarts = []
    await asyncio.gather(*(monitor(n, beats, restarts, log, 10) for n in beats))
    print("restarted:", restarts)
    for t in workers.values():
        t.cancel()
    await asyncio.gather(*workers.values(), return_exceptions=True)
    print(sorted(x.split(" stopped")[0] for x in log))
    print(all(t.cancelled() for t in workers.values()))

asyncio.run(main())
