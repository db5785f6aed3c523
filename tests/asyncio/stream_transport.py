# writer.transport as CPython programs use it: extra info, write buffer
# size, abort (the peer sees a reset or EOF), is_closing.
import asyncio

async def main():
    got = asyncio.Queue()

    async def handle(reader, writer):
        try:
            data = await reader.read(100)
            await got.put(("data", data))
            data = await reader.read(100)
            await got.put(("after abort", data))
        except ConnectionResetError:
            await got.put(("reset", None))
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    tr = writer.transport
    print(tr.get_extra_info("peername")[1] == port, tr.is_closing())
    writer.write(b"hi")
    await writer.drain()
    print(tr.get_write_buffer_size())
    print(await got.get())
    tr.abort()
    print(tr.is_closing(), writer.is_closing())
    kind, data = await got.get()
    print(kind in ("reset", "after abort"), data in (None, b""))
    server.close()
    await server.wait_closed()

asyncio.run(main())
