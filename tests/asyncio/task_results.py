# Task.result()/exception()/done() and exceptions raised through await.
import asyncio

async def ok():
    return 7

async def bad():
    raise ValueError("bad task")

async def main():
    t = asyncio.create_task(ok())
    try:
        t.result()
    except asyncio.InvalidStateError:
        print("not done yet")
    await t
    print(t.done(), t.result(), t.exception())
    b = asyncio.create_task(bad())
    try:
        await b
    except ValueError as e:
        print("awaited:", e)
    print(type(b.exception()).__name__)
    try:
        b.result()
    except ValueError as e:
        print("result():", e)
    # awaiting a finished task again gives the same result
    print(await t, await t)

asyncio.run(main())
print(asyncio.run(ok()))
