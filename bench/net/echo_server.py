# Echo server for bench/netrun: the same script runs under upy and python3.
# Usage: echo_server.py PORT [CERTFILE KEYFILE]
# Echoes whatever each client sends (TLS when a certificate is given) and
# prints "ready" once it listens. Uses only the asyncio stream API that
# MicroPython and CPython share.
import asyncio
import sys


async def echo(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except OSError:
        pass
    writer.close()
    try:
        await writer.wait_closed()
    except OSError:
        pass


async def main():
    port = int(sys.argv[1])
    ctx = None
    if len(sys.argv) > 3:
        import ssl
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[2], sys.argv[3])
    server = await asyncio.start_server(echo, "127.0.0.1", port, backlog=1024, ssl=ctx)
    print("ready")
    sys.stdout.flush()
    await server.wait_closed()


asyncio.run(main())
