# write/drain after the stream was closed raises.
import asyncio

async def handle(reader, writer):
    await reader.read()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.close()
    await w.wait_closed()
    try:
        w.write(b"x")
        await w.drain()
        print("no error")
    except Exception as e:
        print("error", isinstance(e, (OSError, RuntimeError)))
    server.close()
    await server.wait_closed()

asyncio.run(main())
