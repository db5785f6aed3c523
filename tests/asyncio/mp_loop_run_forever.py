# (MicroPython: stop() while not running is ignored; CPython would end the next run at once.)
# run_forever keeps running while nothing is runnable (timers, waiting tasks) until
# stop(); stop() before run_forever does nothing; run_until_complete accepts
# coroutines, tasks and other awaitables and returns or raises their outcome.
import asyncio

loop = asyncio.get_event_loop()
log = []

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append(i)
    loop.stop()

loop.stop()
loop.create_task(ticker(3, 0.01))
loop.run_forever()
print(log)

async def value(v):
    await asyncio.sleep(0)
    return v

async def boom():
    await asyncio.sleep(0)
    raise ZeroDivisionError("boom")

print(loop.run_until_complete(value("coro")))
t = loop.create_task(value("task"))
print(loop.run_until_complete(t), t.done())
print(loop.run_until_complete(t))
print(loop.run_until_complete(asyncio.gather(value(1), value(2))))
print(loop.run_until_complete(asyncio.wait_for(value("wait_for"), 1)))
print(loop.run_until_complete(asyncio.sleep(0.001, "sleep result")))
try:
    loop.run_until_complete(boom())
except ZeroDivisionError as e:
    print("raised", e)

async def stop_soon():
    await asyncio.sleep(0.01)
    loop.stop()

ev = asyncio.Event()
async def never():
    await ev.wait()
    log.append("never")
w = loop.create_task(never())
loop.create_task(stop_soon())
loop.run_forever()
print(w.done(), "never" in log)
w.cancel()
