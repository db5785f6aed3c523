# Loop API: run_until_complete, call_soon/later/at order, handle reprs, exception handler context messages.
import asyncio

async def work(x):
    await asyncio.sleep(0)
    return x * 2

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(4)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "soon")
print(loop.run_until_complete(fut))
order = []
loop.call_later(0.02, order.append, "later2")
loop.call_later(0.01, order.append, "later1")
h = loop.call_soon(order.append, "cancelled")
h.cancel()
print(h.cancelled())
loop.call_soon(order.append, "soon1")
loop.call_soon(order.append, "soon2")
loop.run_until_complete(asyncio.sleep(0.05))
print(order)
async def running():
    l = asyncio.get_running_loop()
    print(l is loop, l.is_running())
    t0 = l.time()
    fut = l.create_future()
    l.call_at(t0 + 0.01, fut.set_result, None)
    await fut
    print(l.time() >= t0 + 0.01)
loop.run_until_complete(running())
# the exception handler
def handler(lp, ctx):
    print("handler:", ctx["message"].replace(__file__, "FILE"), repr(ctx.get("exception")))
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_exception_handler({"message": "custom", "exception": KeyError("k")})
def bad_cb():
    raise ZeroDivisionError("cb")
loop.call_soon(bad_cb)
loop.run_until_complete(asyncio.sleep(0.01))
loop.set_exception_handler(None)
print(loop.get_exception_handler())
import functools
def cb(a, b=None): pass
h = loop.call_soon(functools.partial(cb, 1, b=2), 3)
print(repr(h).replace(__file__, "FILE"))
h.cancel()
print(repr(h))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
