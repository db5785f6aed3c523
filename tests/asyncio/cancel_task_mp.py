# Task.cancel(): before the task starts, while it sleeps, repeated calls, on finished
# tasks, forwarded through a chain of awaiting tasks, and a task that keeps running.
import asyncio

async def task(s, cancel_this_task=None):
    print("task start")
    try:
        await asyncio.sleep(s)
        print("task done")
    except asyncio.CancelledError as er:
        print("task cancel")
        raise er

async def task2(allow_cancel):
    print("task 2")
    try:
        await asyncio.create_task(task(0.05))
    except asyncio.CancelledError as er:
        print("task 2 cancel", repr(er))
        if allow_cancel:
            raise er
    print("task 2 done")

async def main():
    t = asyncio.create_task(task(2))
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main sleep cancelled")

    t = asyncio.create_task(task(2))
    await asyncio.sleep(0)
    print(t.cancel())
    print(t.cancel())
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main sleep cancelled")
    print(t.cancel())

    t = asyncio.create_task(task(0.01))
    await asyncio.sleep(0.05)
    print(t.cancel())

    t = asyncio.create_task(task2(True))
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main cancelled task 2")

    t = asyncio.create_task(task2(False))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.cancel())
    await t
    print("main end")

asyncio.run(main())
