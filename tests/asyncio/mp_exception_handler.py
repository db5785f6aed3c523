# An exception in a task nobody awaits reaches the loop's exception handler
# with MicroPython's context (message, exception, future).
import asyncio

async def bad(n):
    raise ValueError(n)

def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]), type(context["future"]).__name__)
    print(sorted(context.keys()))

async def main():
    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    asyncio.create_task(bad(1))
    asyncio.create_task(bad(2))
    await asyncio.sleep(0.01)
    t = asyncio.create_task(bad(3))
    await asyncio.sleep(0)
    try:
        await t
    except ValueError as e:
        print("retrieved", e)
    await asyncio.sleep(0.01)
    print("done")

asyncio.run(main())
