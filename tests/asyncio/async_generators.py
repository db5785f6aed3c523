# Async generators, async for, async comprehensions and async with inside tasks.
import asyncio

async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield name, i

class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append("enter " + self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        self.log.append("exit " + self.name + " " + (exc_type.__name__ if exc_type else "ok"))
        return exc_type is KeyError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

async def consume(name, log):
    async for item in ticker(name, 3, 0.01):
        log.append(item)
    return name

async def main():
    log = []
    print(await asyncio.gather(consume("a", log), consume("b", log)))
    print(sorted(log))
    print([x async for x in Countdown(4)])
    print([x * 2 async for x in Countdown(5) if x % 2])
    rlog = []
    async with Resource("r1", rlog) as r:
        rlog.append("body " + r.name)
    async with Resource("r2", rlog):
        raise KeyError("suppressed")
    try:
        async with Resource("r3", rlog):
            raise ValueError("propagates")
    except ValueError as e:
        rlog.append("caught " + str(e))
    print(rlog)

    # cancelling a task iterating an async generator runs the generator's finally
    glog = []
    async def gen():
        try:
            while True:
                await asyncio.sleep(0)  # scheduler turns, not timers: exact
                yield 1
        finally:
            glog.append("gen finally")
    async def iterate():
        g = gen()
        try:
            async for _ in g:
                glog.append("item")
        finally:
            await g.aclose()
            glog.append("iterate finally")
    t = asyncio.create_task(iterate())
    for _ in range(5):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        glog.append("cancelled")
    print(glog)

    # asend / athrow
    async def echo():
        received = None
        while True:
            try:
                received = yield received
            except ValueError:
                received = "thrown"
    g = echo()
    print(await g.asend(None), await g.asend(1), await g.athrow(ValueError), await g.asend(2))
    await g.aclose()

asyncio.run(main())
