# MicroPython's Stream: one object is reader and writer, readinto,
# readexactly's EOFError, awrite/aclose, errors after close and after
# a reset, cancelling a blocked read, drain always yielding.
import asyncio
import socket


async def handle(reader, writer):
    cmd = await reader.readline()
    if cmd == b"rst\n":
        s = writer.get_extra_info("socket")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, bytes([1, 0, 0, 0, 0, 0, 0, 0]))
        writer.close()
        return
    if cmd == b"slow\n":
        await asyncio.sleep(0.1)
        writer.write(b"late\n")
        await writer.drain()
    writer.write(b"0123456789")
    await writer.drain()
    await writer.aclose()


async def main():
    print(asyncio.StreamReader is asyncio.StreamWriter)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(reader is writer, repr(reader))
    peer = writer.get_extra_info("peername")
    print(peer == ("127.0.0.1", port), writer.get_extra_info("nothing"))
    await writer.awrite(b"xxhello\nyy", 2, 6)
    buf = bytearray(4)
    print(await reader.readinto(buf), buf)
    try:
        await reader.readinto(b"abc")
    except TypeError:
        print("TypeError")
    print(await reader.readexactly(3))
    try:
        await reader.readexactly(10)
    except EOFError:
        # MicroPython's tests catch EOFError; upy raises CPython's
        # IncompleteReadError, an EOFError (with partial and expected).
        print("EOFError")
    print(await reader.readexactly(0), await reader.read(), await reader.readline())
    writer.close()
    writer.close()
    await writer.wait_closed()
    try:
        writer.write(b"after close")
        await writer.drain()
    except OSError as e:
        print("OSError", e.errno)

    # A reset by the peer.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await writer.awrite(b"rst\n")
    try:
        print(await reader.read(10))
    except OSError as e:
        print("OSError", e.errno)
    await writer.aclose()

    # Cancelling a blocked read leaves the stream usable.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await writer.awrite(b"slow\n")
    task = asyncio.create_task(reader.readline())
    await asyncio.sleep(0.02)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")
    print(await reader.readline())
    await writer.aclose()

    # drain yields even when nothing waits: another task gets to run.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    ran = []

    async def other():
        ran.append(1)

    asyncio.create_task(other())
    writer.write(b"")
    await writer.drain()
    print("other ran during drain:", ran)
    await writer.aclose()

    server.close()
    await server.wait_closed()


asyncio.run(main())
