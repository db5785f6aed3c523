# Async generators driven by hand: asend, athrow, aclose, ignored GeneratorExit, coroutine attributes.
import types
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        x = yield 1
        print('agen got', x)
        yield 2
    except ValueError as e:
        print('agen caught', e)
        yield 'recovered'
    finally:
        print('agen finally')
async def main():
    g = agen()
    print(type(g).__name__, g.__name__, g.ag_running, g.ag_frame is not None)
    print(await g.__anext__())
    print(await g.asend('sent'))
    print(await g.athrow(ValueError('boom')))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    g2 = agen()
    await g2.__anext__()
    await g2.aclose()
    print('closed g2')
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print('g2 done')
    async def bad_close():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g3 = bad_close()
    await g3.__anext__()
    try:
        await g3.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)
    async def ret_gen():
        yield 1
        return
    print([x async for x in ret_gen()])
    return 'main done'
print(run(main()))
async def simple():
    return 5
c = simple()
print(c.cr_running, c.cr_frame is not None, type(c).__name__)
print(run(c), c.cr_frame)
print(types.CoroutineType is type(c) if hasattr(types, 'CoroutineType') else 'n/a', types.AsyncGeneratorType is type(agen()) if hasattr(types, 'AsyncGeneratorType') else 'n/a')
def gen():
    yield 1
g = gen()
print(g.gi_suspended if hasattr(g, 'gi_suspended') else 'n/a', g.gi_running)
next(g)
print(g.gi_suspended if hasattr(g, 'gi_suspended') else 'n/a')
