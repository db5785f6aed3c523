import asyncio
from contextlib import asynccontextmanager, AsyncExitStack
@asynccontextmanager
async def acm(name):
    print('enter', name)
    try:
        yield name.upper()
    finally:
        print('exit', name)
async def main():
    async with acm('a') as v: print('got', v)
    try:
        async with acm('b'): raise ValueError('x')
    except ValueError as e: print('propagated', e)
    async with AsyncExitStack() as st:
        r = await st.enter_async_context(acm('c'))
        st.callback(print, 'sync cb')
        print('r', r)
asyncio.run(main())
