# read(n), readexactly and EOF handling on streams.
import asyncio

async def handle(reader, writer):
    writer.write(b"0123456789" * 3)
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readexactly(5))
    print(await reader.readexactly(0))
    rest = await reader.read()
    print(len(rest), rest[-5:])
    print(await reader.read(10))
    try:
        await reader.readexactly(3)
    except EOFError:
        print("EOFError")
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
