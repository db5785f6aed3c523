# Awaitable objects: classes with __await__ (generator or iterator), awaiting them
# directly, through tasks, gather and wait_for, and return values through await.
import asyncio

class Gen:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v

class Delegating:
    def __await__(self):
        r = yield from asyncio.sleep(0.001, result="slept").__await__()
        return r + "!"

async def coro_returning(v):
    return v

async def main():
    print(await Gen(1))
    print(await Delegating())
    print(await asyncio.gather(Gen(2), Delegating(), coro_returning(3)))
    print(await asyncio.wait_for(Gen(4), 1))
    t = asyncio.create_task(coro_returning([1, 2]))
    print(await t)
    print(await coro_returning(None))
    print(await asyncio.sleep(0))
    print(await asyncio.wait_for(coro_returning((5, 6)), None))
    print(await asyncio.gather(*[coro_returning(i) for i in range(5)]))
    async def raiser():
        await Gen(0)
        raise StopIteration_like("x")
    try:
        await raiser()
    except StopIteration_like as e:
        print("custom exception", e)

class StopIteration_like(Exception):
    pass

asyncio.run(main())
