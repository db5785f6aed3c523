# CPython API beyond MicroPython: Future, done callbacks, call_soon/call_later/call_at,
# ensure_future, iscoroutine(function), errors in callbacks reaching the handler.
import asyncio

async def setter(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), repr(fut), isinstance(fut, asyncio.Future), isinstance(fut, asyncio.Task))
    asyncio.create_task(setter(fut, 0.01, 42))
    print(await fut, repr(fut), fut.result())
    t = asyncio.create_task(asyncio.sleep(0, "x"))
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    calls = []
    t.add_done_callback(lambda f: calls.append(("cb", f.result())))
    await t
    await asyncio.sleep(0)
    print(calls)
    f2 = asyncio.Future()
    f2.set_exception(ValueError("bad"))
    try:
        await f2
    except ValueError as e:
        print("raised", e)
    f3 = loop.create_future()
    print(f3.cancel(), f3.cancelled(), repr(f3))
    try:
        await f3
    except asyncio.CancelledError:
        print("cancelled future")
    try:
        f3.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    log = []
    loop.call_soon(log.append, "soon1")
    h = loop.call_soon(log.append, "cancelled")
    loop.call_later(0.01, log.append, "later")
    loop.call_at(loop.time() + 0.005, log.append, "at")
    loop.call_soon(log.append, "soon2")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.02)
    print(log)
    # a task awaiting a future: cancelling the task cancels the future
    f4 = loop.create_future()
    async def waiter():
        return await f4
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled", f4.cancelled())
    c = waiter()
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(waiter), asyncio.iscoroutinefunction(print))
    c.close()
    print(asyncio.isfuture(f4), asyncio.isfuture(1))
    t = asyncio.ensure_future(asyncio.sleep(0, 5))
    print(await t, asyncio.ensure_future(t) is t)
    f5 = loop.create_future()
    f5.add_done_callback(lambda f: print("done cb", f.result()))
    loop.call_soon(f5.set_result, "via call_soon")
    print(await f5)
    await asyncio.sleep(0)
    def bad_cb():
        raise KeyError("cb")
    loop.set_exception_handler(lambda l, c: print("handler:", c["message"][:21], repr(c["exception"])))
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)

asyncio.run(main())
