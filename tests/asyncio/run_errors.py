# asyncio.run: non-coroutine arguments and nested runs raise CPython's errors.
import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    await c
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(inner())
    except RuntimeError as e:
        print("RuntimeError", e)

for arg in (1, None, "s"):
    try:
        asyncio.run(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
print(asyncio.run(inner()))
