# async/await driven by a tiny hand-written loop (no asyncio).
import types

class Yield:
    def __await__(self):
        yield "tick"

async def child(n):
    for _ in range(n):
        await Yield()
    return n * 10

async def parent():
    a = await child(2)
    b = await child(1)
    return a + b

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

print(run(parent()))

class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Yield()
        return self.i

async def consume():
    out = []
    async for v in AIter(3):
        out.append(v)
    return out

print(run(consume()))

async def agen(n):
    for i in range(n):
        await Yield()
        yield i * i

async def use_agen():
    return [x async for x in agen(4)]

print(run(use_agen()))

class ACM:
    async def __aenter__(self):
        await Yield()
        return "resource"

    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

async def use_acm():
    async with ACM() as r:
        return r

print(run(use_acm()))
c = child(1)
print(type(c).__name__)
c.close()
