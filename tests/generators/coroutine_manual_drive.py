# Driving coroutines, async generators and async context managers by hand with send().
import types
async def coro(x):
    return x * 2
async def awaiter():
    a = await coro(1)
    b = await coro(2)
    return a + b
c = awaiter()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
class Aw:
    def __await__(self):
        x = yield 'suspended'
        return 'resumed with ' + str(x)
async def use_aw():
    r = await Aw()
    return r
c = use_aw()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print(e.value)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print('TypeError', e)
class BadAw:
    def __await__(self):
        return 5
async def bad2():
    await BadAw()
try:
    bad2().send(None)
except TypeError as e:
    print('TypeError', e)
async def agen():
    for i in range(3):
        yield i
        await Aw()
ag = agen()
print(type(ag).__name__, ag.__name__)
async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
c = collect()
v = c.send(None)
print(v)
try:
    while True:
        v = c.send('x')
        print(v)
except StopIteration as e:
    print('collected', e.value)
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'val'
    async def __aexit__(self, *a):
        print('aexit', a[0])
        return True
async def use_acm():
    async with ACM() as v:
        print('body', v)
        raise ValueError
    return 'done'
try:
    use_acm().send(None)
except StopIteration as e:
    print(e.value)
c = coro(3)
c.close()
print('closed ok')
c2 = coro(3)
try:
    c2.throw(KeyError('k'))
except KeyError as e:
    print('thrown', e)
@types.coroutine
def gen_coro():
    yield 'from gen coro'
    return 7
async def use_gc():
    return await gen_coro()
c = use_gc()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def ag2():
    yield 1
    yield 2
async def drive():
    g = ag2()
    print(await g.__anext__(), await anext(g), await anext(g, 'default'))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')
    await g.aclose()
try:
    drive().send(None)
except StopIteration:
    pass
async def comp():
    return [x async for x in ag2()], [await coro(i) for i in range(3)], {x: x async for x in ag2()}
try:
    comp().send(None)
except StopIteration as e:
    print(e.value)
import inspect
print(inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen))
print(inspect.iscoroutine(coro(1)) if False else 'skip')
