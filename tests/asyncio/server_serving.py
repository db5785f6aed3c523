# Server: async with, serve_forever cancelled, start_serving=False, get_loop.
import asyncio

async def handle(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        print(server.is_serving())
        r, w = await asyncio.open_connection("127.0.0.1", port)
        w.write(b"ping\n")
        print(await r.readline())
        w.close()
        await w.wait_closed()
    print(server.is_serving())
    # serve_forever cancelled
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    t = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"pong\n")
    print(await r.readline())
    w.close()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print(server.is_serving())
    await server.wait_closed()
    # start_serving=False
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print(server.is_serving())
    await server.start_serving()
    print(server.is_serving())
    server.close()
    await server.wait_closed()
    print(server.get_loop() is asyncio.get_running_loop())

asyncio.run(main())
