# asyncio TLS streams as CPython programs write them.
import asyncio, ssl
import _certs

async def handle(reader, writer):
    sslobj = writer.get_extra_info("ssl_object")
    print("server ssl_object", sslobj is not None, sslobj.version() in ("TLSv1.2", "TLSv1.3"))
    print("server peercert", writer.get_extra_info("peercert"))
    line = await reader.readline()
    writer.write(line.upper())
    await writer.drain()
    data = await reader.readexactly(5)
    writer.write(data[::-1])
    await writer.drain()
    print("server eof", await reader.read())
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=_certs.server_context())
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=_certs.client_context(), server_hostname="localhost")
    writer.write(b"hello tls\n")
    await writer.drain()
    print(await reader.readline())
    cert = writer.get_extra_info("peercert")
    print(cert["subject"])
    cipher = writer.get_extra_info("cipher")
    print(type(cipher).__name__, len(cipher))
    print(writer.can_write_eof())
    writer.write(b"abcde")
    await writer.drain()
    print(await reader.readexactly(5))
    writer.close()
    await writer.wait_closed()
    async with server:
        pass
    # verification failure surfaces as SSLCertVerificationError
    async def quiet(reader, writer):
        # MicroPython calls it even when the handshake fails (the error is
        # raised by the first read); CPython does not.
        try:
            await reader.read()
        except OSError:
            pass
        writer.close()
    server = await asyncio.start_server(quiet, "127.0.0.1", 0, ssl=_certs.server_context("selfsigned"))
    port = server.sockets[0].getsockname()[1]
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=_certs.client_context(), server_hostname="localhost")
        writer.write(b"x\n")
        await writer.drain()
        await reader.readline()
    except ssl.SSLCertVerificationError as e:
        print("verify failed", e.verify_code, isinstance(e, ssl.SSLError))
    server.close()
    await server.wait_closed()

asyncio.run(main())
