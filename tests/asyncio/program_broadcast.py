# A publisher broadcasts messages to subscribers through per-subscriber queues;
# subscribers stop on a sentinel; one subscriber is cancelled part way.
import asyncio

class Hub:
    def __init__(self):
        self.subs = []

    def subscribe(self):
        q = asyncio.Queue()
        self.subs.append(q)
        return q

    async def publish(self, msg):
        for q in self.subs:
            await q.put(msg)

async def subscriber(name, q, got):
    try:
        while True:
            msg = await q.get()
            if msg is None:
                return name + " done"
            got.setdefault(name, []).append(msg)
    except asyncio.CancelledError:
        got.setdefault(name, []).append("cancelled")
        raise

async def main():
    hub = Hub()
    got = {}
    subs = [asyncio.create_task(subscriber(n, hub.subscribe(), got)) for n in ("a", "b", "c")]
    for i in range(5):
        await hub.publish("m%d" % i)
        await asyncio.sleep(0)
        if i == 2:
            subs[1].cancel()
    await hub.publish(None)
    res = await asyncio.gather(*subs, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    for name in sorted(got):
        print(name, got[name])

asyncio.run(main())
