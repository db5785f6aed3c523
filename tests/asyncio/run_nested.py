# Calling asyncio.run or run_until_complete while the loop runs raises
# RuntimeError and never runs the coroutine.
import asyncio

async def inner():
    print("inner ran")
    return 1

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    loop = asyncio.get_event_loop()
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return "main done"

print(asyncio.run(main()))
print(asyncio.run(inner()))
