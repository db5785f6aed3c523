# readline is bounded by limit=: a longer line raises ValueError and the
# stream stays usable.
import asyncio


async def handle(reader, writer):
    for i in range(4):
        try:
            line = await reader.readline()
            print("server got", len(line), line[:10])
        except ValueError as e:
            print("ValueError:", e)
    writer.write(b"A" * 50 + b"\n" + b"B" * 200 + b"\nend\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=100)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=100)
    writer.write(b"x" * 150 + b"\nok\n" + b"y" * 99 + b"\nlast\n")
    await writer.drain()
    print(len(await reader.readline()))
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await reader.readline())
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
