# current_task() is the running task, in the main task and in created ones.
import asyncio

async def task(result):
    result.append(asyncio.current_task())

async def nested(result):
    await task(result)

async def main():
    main_task = asyncio.current_task()
    result = []
    t = asyncio.create_task(task(result))
    await t
    print(t is result[0], t is not main_task)
    result = []
    t = asyncio.create_task(nested(result))
    await t
    print(t is result[0])
    print(asyncio.current_task() is main_task)
    return main_task

mt = asyncio.run(main())
print(mt.done())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
