# Subclasses of Queue, Lock, Event, Semaphore/BoundedSemaphore with their own __init__ signatures, calling the base methods through super().
import asyncio
class MyQ(asyncio.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.count = 0
    def put_nowait(self, item):
        self.count += 1
        super().put_nowait(item)
async def main():
    q = MyQ(3)
    q.put_nowait(1)
    await q.put(2)
    print(q.count >= 1, q.qsize(), await q.get(), q.maxsize, isinstance(q, asyncio.Queue))
    class MyLock(asyncio.Lock):
        pass
    l = MyLock()
    async with l:
        print(l.locked())
    class MyEvent(asyncio.Event):
        def set(self):
            print("setting")
            super().set()
    e = MyEvent(); e.set(); print(await e.wait())
asyncio.run(main())
class NamedQ(asyncio.Queue):
    def __init__(self, name):
        super().__init__(2)
        self.name = name
class MySem(asyncio.BoundedSemaphore):
    def __init__(self):
        super().__init__(2)
async def more():
    q = NamedQ("n")
    q.put_nowait(1); q.put_nowait(2)
    print(q.name, q.full(), q.qsize())
    s = MySem()
    print(await s.acquire(), await s.acquire(), s.locked())
    s.release(); s.release()
    try:
        s.release()
    except ValueError as e:
        print("ValueError", e)
    print(asyncio.Queue(5).maxsize, asyncio.Semaphore(3).locked())
asyncio.run(more())
