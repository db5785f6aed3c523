# MicroPython's TLS error values over asyncio streams: verification
# messages, mbedTLS codes for alerts, missing client certificates, a peer
# closing during the handshake, a peer that does not speak TLS, version
# mismatches; errors are raised by the first read/drain and again after.
import asyncio
import ssl
import _certs

server_log = []


async def echo(reader, writer):
    try:
        line = await reader.readline()
        writer.write(line.upper())
        await writer.drain()
    except Exception as e:
        server_log.append(e)
        try:
            await reader.readline()
        except Exception as e2:
            server_log.append(e2)
    writer.close()


async def rude(reader, writer):
    # Read the client's hello first: closing with it unread would reset
    # the connection instead of ending it (a race under load).
    await reader.read(65536)
    writer.close()


async def not_tls(reader, writer):
    writer.write(b"HTTP/1.0 400 Bad Request\r\n\r\n")
    await writer.drain()
    writer.close()


def describe(e):
    name = type(e).__name__
    if isinstance(e, ssl.SSLCertVerificationError):
        return "%s %r" % (name, str(e))
    return "%s %s errno=%s" % (name, e, e.errno)


async def attempt(port, ctx, server_hostname=None, server_errors=2):
    reader, writer = await asyncio.open_connection("localhost", port, ssl=ctx, server_hostname=server_hostname)
    try:
        # the error may come from write() (MicroPython's write tries the
        # socket at once) or from drain(), depending on the handshake's timing
        writer.write(b"hi\n")
        await writer.drain()
        print(" ", await reader.readline())
    except Exception as e:
        print(" ", describe(e))
        try:
            await reader.read(10)
        except Exception as e2:
            print("  again:", type(e2) is type(e) and e2.args == e.args)
    writer.close()
    for i in range(200):
        if len(server_log) >= server_errors:
            break
        await asyncio.sleep(0.01)
    for e in server_log:
        print("  server:", describe(e))
    server_log.clear()


async def start(cb, ctx):
    srv = await asyncio.start_server(cb, "127.0.0.1", 0, ssl=ctx)
    return srv, srv.sockets[0].getsockname()[1]


async def main():
    client = _certs.client_context()
    for name in ["expired", "notyet", "wronghost", "unknown_ca", "selfsigned"]:
        srv, port = await start(echo, _certs.server_context(name))
        print(name)
        await attempt(port, client)
        srv.close()
    srv, port = await start(echo, _certs.server_context("expired"))
    print("expired and wrong host")
    await attempt(port, client, "example.com")
    srv.close()

    # Mutual TLS.
    sctx = _certs.server_context()
    sctx.load_verify_locations(cafile=_certs.path("ca.pem"))
    sctx.verify_mode = ssl.CERT_REQUIRED
    srv, port = await start(echo, sctx)
    print("no client certificate")
    await attempt(port, client)
    print("client certificate from another CA")
    stranger = _certs.client_context()
    stranger.load_cert_chain(_certs.path("other_client.pem"), _certs.path("other_client.key"))
    await attempt(port, stranger)
    print("good client certificate")
    friend = _certs.client_context()
    friend.load_cert_chain(_certs.path("client.pem"), _certs.path("client.key"))
    await attempt(port, friend, server_errors=0)
    srv.close()

    # Peers that break the handshake.
    srv, port = await start(rude, None)
    print("peer closes during the handshake")
    await attempt(port, client, server_errors=0)
    srv.close()
    srv, port = await start(not_tls, None)
    print("peer does not speak TLS")
    await attempt(port, client, server_errors=0)
    srv.close()
    sctx = _certs.server_context()
    sctx.minimum_version = ssl.TLSVersion.TLSv1_3
    old = _certs.client_context()
    old.maximum_version = ssl.TLSVersion.TLSv1_2
    srv, port = await start(echo, sctx)
    print("no common version")
    await attempt(port, old)
    srv.close()


asyncio.run(main())
