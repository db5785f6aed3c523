# Done callbacks: scheduled with call_soon, removal counts, callbacks added after completion.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    order = []
    def cb(fut, tag=None):
        order.append((tag, fut.result()))
    import functools
    f.add_done_callback(functools.partial(cb, tag="a"))
    f.add_done_callback(functools.partial(cb, tag="b"))
    f.add_done_callback(cb)
    print(f.remove_done_callback(cb))
    print(f.remove_done_callback(cb))
    f.set_result(1)
    print(order)
    await asyncio.sleep(0)
    print(order)
    # callback added after done is scheduled with call_soon
    f.add_done_callback(functools.partial(cb, tag="late"))
    print(order)
    await asyncio.sleep(0)
    print(order)
    # task done callbacks
    async def work():
        return 7
    t = asyncio.create_task(work())
    t.add_done_callback(lambda t: print("task done cb", t.result()))
    await t
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
