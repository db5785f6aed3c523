# asyncio.Queue: FIFO order, bounded puts, task_done/join, nowait errors.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item)

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 10), consumer(q, out))
    print(out, q.empty(), q.qsize(), q.maxsize)
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    q3 = asyncio.Queue(1)
    q3.put_nowait("x")
    print(q3.full())
    try:
        q3.put_nowait("y")
    except asyncio.QueueFull:
        print("full")
    print(q3.get_nowait())
    q3.task_done()
    await q3.join()
    try:
        q3.task_done()
    except ValueError as e:
        print(e)

asyncio.run(main())
