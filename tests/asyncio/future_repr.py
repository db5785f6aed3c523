# Future reprs and the Future/Task/coroutine predicates.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result(5)
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("x"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    print(repr(asyncio.CancelledError()), repr(asyncio.InvalidStateError("s")))
    print(asyncio.Future.__name__, asyncio.Task.__name__, issubclass(asyncio.Task, asyncio.Future))
    t = asyncio.create_task(asyncio.sleep(0))
    print(isinstance(t, asyncio.Future), asyncio.isfuture(t), asyncio.iscoroutine(t))
    await t
    c = asyncio.sleep(0)
    print(asyncio.iscoroutine(c))
    await c
    async def cf(): pass
    print(asyncio.iscoroutinefunction(cf), asyncio.iscoroutinefunction(main.__class__))

asyncio.run(main())
