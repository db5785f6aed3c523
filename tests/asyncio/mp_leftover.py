# MicroPython keeps tasks left over by run() queued: they resume on the next run().
import asyncio

async def forever(log):
    i = 0
    while True:
        log.append(i)
        i += 1
        await asyncio.sleep(0)

async def main(log):
    asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 42

log = []
print(asyncio.run(main(log)))
print(log)

async def second():
    await asyncio.sleep(0)
    return "second"

print(asyncio.run(second()))
print(log)
asyncio.new_event_loop()

async def third():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return "third"

print(asyncio.run(third()))
print(log)
