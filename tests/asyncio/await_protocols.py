# Async iterators driven by an Event, custom __await__ with a bare yield (runs again after the others), awaiting a task twice.
import asyncio

class Iterator:
    def __init__(self):
        self.ev = asyncio.Event()
        self.count = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await self.ev.wait()
        self.ev.clear()
        if self.count >= 3:
            raise StopAsyncIteration
        self.count += 1
        return self.count

async def feeder(it):
    for i in range(4):
        await asyncio.sleep(0)
        print("set", i)
        it.ev.set()

class Awaitable:
    def __await__(self):
        yield
        return 42

class Awaitable2:
    def __await__(self):
        return (yield from Awaitable().__await__())

async def main():
    it = Iterator()
    asyncio.create_task(feeder(it))
    async for x in it:
        print("got", x)
    print(await Awaitable())
    print(await Awaitable2())
    t = asyncio.create_task(asyncio.sleep(0, "r"))
    print(await t, await t)
    async def raiser():
        raise KeyError("x")
    t = asyncio.create_task(raiser())
    for _ in range(2):
        try:
            await t
        except KeyError as e:
            print("KeyError", e)

asyncio.run(main())
