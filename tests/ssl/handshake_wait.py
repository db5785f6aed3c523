# A TLS handshake with a peer that never answers does not block the other
# tasks: they keep running until the peer gives up and the client gets an
# OSError.
import asyncio
import _certs

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0.001)


async def silent(reader, writer):
    await asyncio.sleep(0.3)
    writer.close()


async def main():
    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    task = asyncio.create_task(ticker())
    try:
        reader, writer = await asyncio.open_connection("localhost", port, ssl=_certs.client_context())
        writer.write(b"hello\n")
        await writer.drain()
        print(await reader.readline())
    except OSError:
        print("handshake failed")
    print("ticks during the handshake:", ticks > 10)
    task.cancel()
    server.close()
    await server.wait_closed()


asyncio.run(main())
