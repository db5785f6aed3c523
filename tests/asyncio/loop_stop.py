# Loop.stop() takes effect once the tasks runnable at that moment have run.
import asyncio

async def task():
    print("task")

async def main():
    print("start")
    loop.stop()
    loop.stop()
    print("sleep")
    await asyncio.sleep(0)
    loop.stop()
    asyncio.create_task(task())
    await asyncio.sleep(0)
    print("end")
    loop.stop()

loop = asyncio.get_event_loop()
loop.create_task(main())
for i in range(3):
    print("run", i)
    loop.run_forever()
print("done")
