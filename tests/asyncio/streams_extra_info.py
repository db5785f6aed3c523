# get_extra_info keys, write_eof half-close, is_closing, double wait_closed.
import asyncio, socket

async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    sock = writer.get_extra_info("sockname")
    print("server peer is loopback", peer[0], sock[0])
    s = writer.get_extra_info("socket")
    print("socket family", s.family == socket.AF_INET)
    print(writer.get_extra_info("nonexistent"), writer.get_extra_info("nonexistent", 5))
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    print("server at_eof before", reader.at_eof())
    print(await reader.read(100))
    print("server at_eof after", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    done.set()

done = None

async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.is_serving())
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello")
    await writer.drain()
    print(await reader.read(100))
    print(writer.get_extra_info("peername")[1] == port)
    print(writer.can_write_eof())
    writer.write_eof()
    await done.wait()
    print(await reader.read())
    print(writer.is_closing())
    writer.close()
    print(writer.is_closing())
    await writer.wait_closed()
    await writer.wait_closed()
    server.close()
    print(server.is_serving())
    await server.wait_closed()

asyncio.run(main())
