# Future states: InvalidStateError messages, set_exception checks, cancel(msg), awaiting a Future.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.set_result(5)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("set twice:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set exc after result:", e)
    print(f.result(), f.exception())
    print(f.cancel())
    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    g.set_exception(ValueError)
    print(repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("raised", repr(e))
    h = loop.create_future()
    print(h.cancel("why"), h.cancelled())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    print(issubclass(asyncio.InvalidStateError, Exception))
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.isfuture(f), asyncio.isfuture(1))
    # await a future set later
    k = loop.create_future()
    loop.call_soon(k.set_result, "later")
    print(await k)
    print(f.get_loop() is loop)

asyncio.run(main())
