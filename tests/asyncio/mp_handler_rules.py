# When the exception handler is called (MicroPython's rules): not for cancelled
# tasks, not for exceptions gathered or taken with result()/exception(), not before
# the failed task comes up again (main finishing first defers it to the next run),
# but for a sibling failing after gather already raised; a handler's own exception
# propagates out of run().
import asyncio

def handler(loop, ctx):
    print("handler:", repr(ctx["exception"]))

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def cancelled_quietly():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancelled task: no handler call")

async def gathered():
    await asyncio.gather(fail("collected"), return_exceptions=True)
    try:
        await asyncio.gather(fail("first", 0), fail("late sibling", 0.01))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.02)
    await asyncio.sleep(0)

async def taken():
    a = asyncio.create_task(fail("via result"))
    b = asyncio.create_task(fail("via exception"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        a.result()
    except ValueError as e:
        print("result() raised", e)
    print("exception() gave", repr(b.exception()))
    await asyncio.sleep(0)
    await asyncio.sleep(0)

async def main_first():
    asyncio.create_task(fail("deferred"))
    await asyncio.sleep(0)
    return "main done first"

async def later():
    await asyncio.sleep(0)
    return "later run"

def bad_handler(loop, ctx):
    raise RuntimeError("handler failed")

async def with_bad_handler():
    asyncio.create_task(fail("x"))
    for _ in range(4):
        await asyncio.sleep(0)
    return "not reached"

loop = asyncio.get_event_loop()
loop.set_exception_handler(handler)
asyncio.run(cancelled_quietly())
asyncio.run(gathered())
asyncio.run(taken())
print(asyncio.run(main_first()))
print("between runs")
print(asyncio.run(later()))
loop.set_exception_handler(bad_handler)
try:
    asyncio.run(with_bad_handler())
except RuntimeError as e:
    print("run raised", e)
loop.set_exception_handler(None)
print(loop.get_exception_handler())
