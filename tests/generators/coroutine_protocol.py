def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import types
async def coro(x):
    return x * 2
c = coro(5)
print(type(c).__name__, c.__name__, c.__qualname__)
try: c.send(None)
except StopIteration as e: print('result', e.value)
t(lambda: c.send(None))
class Awaitable:
    def __await__(self):
        v = yield 'suspended'
        return v + 1
async def waiter():
    r = await Awaitable()
    return r * 10
w = waiter()
print(w.send(None))
try: w.send(4)
except StopIteration as e: print('waiter', e.value)
async def agen():
    for i in range(3):
        yield i
ag = agen()
print(type(ag).__name__, type(ag.__anext__()).__name__)
async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
cl = collect()
try: cl.send(None)
except StopIteration as e: print('collected', e.value)
async def comp():
    return [v async for v in agen()]
cc = comp()
try: cc.send(None)
except StopIteration as e: print('comp', e.value)
class ACM:
    async def __aenter__(self): print('aenter'); return 'v'
    async def __aexit__(self, *a): print('aexit', a[0]); return False
async def use():
    async with ACM() as v:
        print('inside', v)
u = use()
try: u.send(None)
except StopIteration: print('done use')
t(lambda: exec('async def f():\n  yield from []'))
t(lambda: exec('def f():\n  await x'))
t(lambda: exec('async with x: pass'))
@types.coroutine
def old_style():
    yield 'old'
async def uses_old():
    await old_style()
uo = uses_old(); print(uo.send(None))
c2 = coro(1); c2.close(); t(lambda: c2.send(None))
async def raiser(): raise ValueError('in coro')
t(lambda: raiser().send(None))
import sys
c3 = coro(2)
print(c3.cr_running, c3.cr_frame is not None, c3.cr_await)
c3.close()
