# TCP streams over loopback: an echo server and a client.
import asyncio

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for msg in [b"hello\n", b"world\n", b"x" * 1000 + b"\n"]:
        writer.write(msg)
        await writer.drain()
        resp = await reader.readline()
        print(len(resp), resp[:12])
    writer.write(b"abc")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
