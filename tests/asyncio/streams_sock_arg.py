# open_connection(sock=) and start_server(sock=) with sockets the program
# made, and the argument errors around them.
import asyncio, socket

async def handle(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()

async def main():
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    server = await asyncio.start_server(handle, sock=ls)
    addr = ls.getsockname()
    print(server.sockets[0] is ls or server.sockets[0].getsockname() == addr)
    cs = socket.create_connection(addr)
    reader, writer = await asyncio.open_connection(sock=cs)
    writer.write(b"via sock\n")
    print(await reader.readline())
    print(writer.get_extra_info("peername") == addr)
    writer.close()
    await writer.wait_closed()
    try:
        await asyncio.open_connection()
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.open_connection("127.0.0.1", addr[1], sock=socket.socket())
    except ValueError as e:
        print("ValueError", e)
    server.close()
    await server.wait_closed()

asyncio.run(main())
