# Mutual TLS over asyncio streams: the server requires a client
# certificate signed by its CA and sees the client's certificate.
import asyncio
import ssl
import _certs


async def handle(reader, writer):
    try:
        line = await reader.readline()
        cert = writer.get_extra_info("peercert")
        writer.write(line.upper() + repr(cert["subject"]).encode() + b"\n")
        await writer.drain()
    except (OSError, TypeError):
        pass
    writer.close()


async def attempt(port, ctx):
    # A rejected client sees an error (upy: the server's alert) or the end
    # of the stream (CPython, with TLS 1.3).
    try:
        reader, writer = await asyncio.open_connection("localhost", port, ssl=ctx)
        writer.write(b"hello\n")
        await writer.drain()
        line = await reader.readline()
        if not line:
            print("rejected")
            return
        print(line, await reader.readline())
        writer.close()
    except OSError:
        print("rejected")


async def main():
    sctx = _certs.server_context()
    sctx.load_verify_locations(cafile=_certs.path("ca.pem"))
    sctx.verify_mode = ssl.CERT_REQUIRED
    for version in [ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3]:
        sctx.maximum_version = version
        srv = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx)
        port = srv.sockets[0].getsockname()[1]
        friend = _certs.client_context()
        friend.load_cert_chain(_certs.path("client.pem"), _certs.path("client.key"))
        await attempt(port, friend)
        await attempt(port, _certs.client_context())
        stranger = _certs.client_context()
        stranger.load_cert_chain(_certs.path("other_client.pem"), _certs.path("other_client.key"))
        await attempt(port, stranger)
        srv.close()
        await srv.wait_closed()


asyncio.run(main())
