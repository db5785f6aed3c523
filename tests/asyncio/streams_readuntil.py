# readuntil, LimitOverrunError, IncompleteReadError (partial, expected), at_eof.
import asyncio

async def handle(reader, writer):
    writer.write(b"abc\ndef|ghi|" + b"x" * 20 + b"|tail")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=10)
    print(await reader.readline())
    print(await reader.readuntil(b"|"))
    print(await reader.readuntil(b"|"))
    try:
        await reader.readuntil(b"|")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError", e, e.consumed, isinstance(e, Exception))
    print(await reader.readexactly(21))
    print(reader.at_eof())
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e, e.partial, e.expected, isinstance(e, EOFError))
    print(reader.at_eof())
    try:
        await reader.readuntil(b"|")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", repr(e.partial), e.expected)
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    e = asyncio.IncompleteReadError(b"ab", 5)
    print(str(e), e.args, repr(e))
    e = asyncio.IncompleteReadError(b"ab", None)
    print(str(e))
    e = asyncio.LimitOverrunError("msg", 3)
    print(str(e), e.args, e.consumed)

asyncio.run(main())
