# CPython boilerplate: new_event_loop + set_event_loop + run_until_complete + close,
# run_in_executor (threads), shutdown_asyncgens.
import asyncio
import time

def blocking(x):
    time.sleep(0.02)
    return x * 2

def failing():
    raise ValueError("in executor")

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    r = await asyncio.gather(loop.run_in_executor(None, blocking, 1), loop.run_in_executor(None, blocking, 2))
    print(r, time.monotonic() - t0 < 0.5)
    try:
        await loop.run_in_executor(None, failing)
    except ValueError as e:
        print("raised", e)
    await loop.shutdown_asyncgens()
    return "done"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(loop.run_until_complete(main()))
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
asyncio.set_event_loop(None)
