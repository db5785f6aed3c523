# A TLS echo server and client on asyncio streams, as in MicroPython's
# documentation: line by line with readline, a large transfer, several
# clients at once while another task keeps running, ALPN, and the
# connection's details through get_extra_info.
import asyncio
import ssl
import _certs

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0.001)


async def echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        if line.startswith(b"big "):
            writer.write(b"b" * int(line[4:]))
        else:
            writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, ctx, n):
    reader, writer = await asyncio.open_connection("localhost", port, ssl=ctx)
    out = []
    for i in range(3):
        writer.write(("client %d line %d\n" % (n, i)).encode())
        await writer.drain()
        out.append(await reader.readline())
    writer.write(b"big 300000\n")
    await writer.drain()
    data = await reader.readexactly(300000)
    out.append(data == b"b" * 300000)
    tls = writer.get_extra_info("ssl_object")
    out.append((tls.version(), tls.selected_alpn_protocol()))
    out.append(writer.get_extra_info("peercert")["subject"])
    writer.close()
    await writer.wait_closed()
    return out


async def main():
    sctx = _certs.server_context()
    sctx.set_alpn_protocols(["echo/1", "http/1.1"])
    server = await asyncio.start_server(echo, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    tick_task = asyncio.create_task(ticker())
    ctx = _certs.client_context()
    ctx.set_alpn_protocols(["echo/1"])
    results = await asyncio.gather(*(client(port, ctx, n) for n in range(4)))
    for r in results:
        print(r)
    print("other task ran:", ticks > 0)
    tick_task.cancel()
    server.close()
    await server.wait_closed()


asyncio.run(main())
