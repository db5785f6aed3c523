# Timeouts racing completion: a task finishing well before, well after, and at the
# same moment as the timeout; a result ready at timeout; zero and negative timeouts.
import asyncio

async def job(delay, value):
    await asyncio.sleep(delay)
    return value

async def stubborn(delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        await asyncio.sleep(0.01)
        raise

async def attempt(label, aw, timeout):
    try:
        r = await asyncio.wait_for(aw, timeout)
        print(label, "->", r)
    except asyncio.TimeoutError:
        print(label, "-> TimeoutError")

async def main():
    await attempt("early", job(0.01, "done"), 0.05)
    await attempt("late", job(0.05, "done"), 0.01)
    await attempt("same moment", job(0.02, "done"), 0.02)
    await attempt("zero timeout, instant job", job(0, "done"), 0)
    await attempt("negative timeout", job(0.01, "done"), -1)
    await attempt("cleanup after timeout", stubborn(1), 0.01)
    t = asyncio.create_task(job(0, "finished task"))
    await asyncio.sleep(0.01)
    await attempt("finished task", t, 0)
    # many racing pairs: each finishes either well before or well after
    results = await asyncio.gather(*[
        asyncio.wait_for(job(0.002 if i % 2 else 0.05, i), 0.025) for i in range(10)
    ], return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ for r in results])

asyncio.run(main())
