# Tasks run in creation order; a new task first runs at the creator's next await.
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name + " done"

async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("created")
    r1 = await t1
    r2 = await t2
    print(r1, r2)
    print(t1.done(), t2.done())

asyncio.run(main())
