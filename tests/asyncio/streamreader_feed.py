# StreamReader() made by the program: feed_data/feed_eof, async for over lines, limits, set_exception, cancelled readers.
import asyncio

async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"line1\nline2\npart")
    print(await r.readline(), await r.readline())
    print(r.at_eof())
    async def late():
        await asyncio.sleep(0)
        r.feed_data(b"ial\nmore")
        await asyncio.sleep(0)
        r.feed_eof()
    asyncio.create_task(late())
    print(await r.readline())
    print(await r.read())
    print(r.at_eof(), await r.read(), await r.readline())
    r = asyncio.StreamReader()
    r.feed_data(b"a\nb\nc")
    r.feed_eof()
    async for line in r:
        print("line", line)
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"12345678|rest|")
    try:
        await r.readuntil(b"|")
    except asyncio.LimitOverrunError as e:
        print("overrun", e.consumed)
    print(await r.read(8), await r.readuntil(b"|"))
    r.feed_data(b"xy")
    r.feed_eof()
    try:
        await r.readexactly(3)
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected)
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.read(5))
    await asyncio.sleep(0)
    r.set_exception(ValueError("boom"))
    try:
        await t
    except ValueError as e:
        print("ValueError", e, repr(r.exception()))
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.readexactly(4))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled read")
    r.feed_data(b"abcd")
    print(await r.readexactly(4))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
