# reprs of Lock, Event, Semaphore and Queue as CPython shows them.
import asyncio

async def main():
    lock = asyncio.Lock()
    print(repr(lock).endswith("[unlocked]>"), repr(lock).startswith("<asyncio.locks.Lock object at"))
    await lock.acquire()
    print(repr(lock).endswith("[locked]>"))
    lock.release()
    ev = asyncio.Event()
    print(repr(ev).endswith("[unset]>"))
    ev.set()
    print(repr(ev).endswith("[set]>"))
    sem = asyncio.Semaphore(2)
    print(repr(sem).endswith("[unlocked, value:2]>"))
    q = asyncio.Queue()
    print(repr(q).startswith("<Queue at"), repr(q).endswith("maxsize=0>"))
    q.put_nowait(1)
    print(str(q))
    q2 = asyncio.Queue(3)
    print(str(q2))
    print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue()))

asyncio.run(main())
