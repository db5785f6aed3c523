# asyncio.run returns the coroutine's value and propagates its exception.
import asyncio

async def value():
    await asyncio.sleep(0)
    return {"a": 1}

async def fail():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def nothing():
    pass

async def cancelled_main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    await t

class Custom(Exception):
    pass

async def custom():
    raise Custom("x", 2)

async def base():
    raise SystemExit(3)

print(asyncio.run(value()))
print(asyncio.run(nothing()))
try:
    asyncio.run(fail())
except KeyError as e:
    print("KeyError", e)
try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print("CancelledError", repr(e))
try:
    asyncio.run(custom())
except Custom as e:
    print("Custom", e.args)
try:
    asyncio.run(base())
except SystemExit as e:
    print("SystemExit", e.code)
try:
    asyncio.run(42)
except (TypeError, ValueError):
    print("not a coroutine")
print(asyncio.run(value()))
