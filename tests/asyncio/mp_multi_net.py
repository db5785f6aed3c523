# MicroPython's multi_net asyncio_tcp_* programs collapsed into one process:
# each side logs its own lines, printed side by side at the end.
import asyncio, socket, struct

logs = {"server": [], "client": []}

def log(side, *args):
    logs[side].append(" ".join(str(a) for a in args))

async def close_write():
    ev = asyncio.Event()

    async def handle(reader, writer):
        writer.write(b"x")
        await writer.drain()
        log("server", "read:", await reader.read(100))
        log("server", "close")
        writer.close()
        await writer.wait_closed()
        log("server", "done")
        ev.set()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        log("client", "read:", await reader.read(1))
        log("client", "close")
        writer.close()
        await writer.wait_closed()
        log("client", "write")
        try:
            writer.write(b"x")
            await writer.drain()
        except OSError:
            log("client", "OSError")
        await asyncio.wait_for(ev.wait(), 5)

async def client_rst():
    ev = asyncio.Event()

    async def handle(reader, writer):
        data = await reader.read(10)
        log("server", "got", data)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.close()
        await writer.wait_closed()
        ev.set()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello")
    await writer.drain()
    await ev.wait()
    try:
        log("client", "read", await reader.read(10))
    except OSError as e:
        log("client", "OSError", e.errno)
    writer.close()
    server.close()
    await server.wait_closed()

async def readall_readinto():
    async def handle(reader, writer):
        for i in range(3):
            writer.write(bytes([65 + i]) * 100)
            await writer.drain()
            await asyncio.sleep(0)
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    buf = bytearray(50)
    n = await reader.readinto(buf)
    log("client", "readinto", n, bytes(buf[:1]))
    data = await reader.read()
    log("client", "read all", len(data) + n)
    log("client", "eof", await reader.read(), await reader.readinto(buf))
    writer.close()
    server.close()
    await server.wait_closed()

async def main():
    await close_write()
    await client_rst()
    await readall_readinto()

asyncio.run(main())
for side in ("server", "client"):
    print("--", side)
    for line in logs[side]:
        print(line)
