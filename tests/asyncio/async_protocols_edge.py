import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
class ACM:
    async def __aenter__(self): print('aenter'); return 'res'
    async def __aexit__(self, *a): print('aexit', a[0]); return False
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def main():
    print(await add(1, 2))
    print([x async for x in agen(3)])
    async with ACM() as r:
        print('body', r)
    async for v in AIter():
        print('aiter', v)
    res = await asyncio.gather(add(1, 1), add(2, 2))
    print(res)
    t = asyncio.create_task(add(5, 5)); print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print('timeout')
    try:
        async with ACM():
            raise KeyError('k')
    except KeyError:
        print('propagated')
    co = add(1, 1); print(type(co).__name__); print(await co)
asyncio.run(main())
async def bad(): pass
c = bad()
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    for x in agen(1): pass
except TypeError as e:
    print('TypeError', e)
