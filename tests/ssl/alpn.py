# ALPN: the server picks from the client's list in its own order of
# preference; without a common protocol the connection goes on without
# one; a client that offers nothing gets nothing.
import asyncio
import ssl
import _certs


async def handle(reader, writer):
    tls = writer.get_extra_info("ssl_object")
    writer.write(repr(tls.selected_alpn_protocol()).encode() + b"\n")
    await writer.drain()
    writer.close()


async def main():
    sctx = _certs.server_context()
    sctx.set_alpn_protocols(["h2", "http/1.1"])
    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    for offer in [["http/1.1", "h2"], ["http/1.1"], ["spdy/3"], None]:
        ctx = _certs.client_context()
        if offer:
            ctx.set_alpn_protocols(offer)
        reader, writer = await asyncio.open_connection("localhost", port, ssl=ctx)
        line = await reader.readline()
        print(offer, writer.get_extra_info("ssl_object").selected_alpn_protocol(), line)
        writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
