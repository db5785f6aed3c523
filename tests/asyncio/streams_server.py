# Server objects: async with, close/wait_closed (idempotent), connections
# outliving the server, rebinding the port, EADDRINUSE, IPv4 and IPv6.
import asyncio
import errno


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b"> " + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def talk(host, port, msg):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(msg)
    await writer.drain()
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply


async def main():
    for host in ("127.0.0.1", "::1"):
        async with await asyncio.start_server(handle, host, 0, backlog=5) as server:
            port = server.sockets[0].getsockname()[1]
            print(host, await talk(host, port, b"hello\n"))
            # Several clients at once.
            replies = await asyncio.gather(*(talk(host, port, ("client %d\n" % i).encode()) for i in range(5)))
            print(replies)
            # A connection stays up when the server closes.
            reader, writer = await asyncio.open_connection(host, port)
            peer = writer.get_extra_info("peername")
            print("peer port matches:", peer[0] == host, peer[1] == port)
        server.close()  # again: no effect
        await server.wait_closed()
        writer.write(b"still here\n")
        await writer.drain()
        print(await reader.readline())
        writer.close()
        await writer.wait_closed()
        try:
            await asyncio.open_connection(host, port)
        except OSError as e:
            print("after close:", e.errno == errno.ECONNREFUSED)
        # The port can be bound again at once.
        server = await asyncio.start_server(handle, host, port)
        print("rebound:", await talk(host, port, b"again\n"))
        try:
            await asyncio.start_server(handle, host, port)
        except OSError as e:
            print("in use:", e.errno == errno.EADDRINUSE)
        server.close()
        await server.wait_closed()


asyncio.run(main())
