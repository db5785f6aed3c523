# Interop peer (run by upy or python3): clients of stream_server.py.
# Usage: stream_client.py HOST PORT NCONNS [CA [CERT KEY]]
import asyncio
import socket
import sys


async def client(i):
    ssl = None
    if len(sys.argv) > 4:
        import ssl as ssl_module
        ssl = ssl_module.SSLContext(ssl_module.PROTOCOL_TLS_CLIENT)
        ssl.load_verify_locations(cafile=sys.argv[4])
        if len(sys.argv) > 6:
            ssl.load_cert_chain(sys.argv[5], sys.argv[6])
    host = sys.argv[1]
    reader, writer = await asyncio.open_connection(host, int(sys.argv[2]), ssl=ssl,
                                                   server_hostname="localhost" if ssl else None)
    out = []
    writer.write(("upper client %d\n" % i).encode())
    await writer.drain()
    out.append(await reader.readline())
    n = 100000 * (i + 1)
    writer.write(("big %d\n" % n).encode())
    await writer.drain()
    data = await reader.readexactly(n)
    out.append(data == bytes(j % 251 for j in range(n)))
    if ssl:
        writer.write(b"cert\n")
        await writer.drain()
        out.append(await reader.readline())
        writer.close()
        await writer.wait_closed()
        return out
    # Half-close: the server still answers, then closes.
    writer.write(b"upper last words\n")
    await writer.drain()
    writer.get_extra_info("socket").shutdown(socket.SHUT_WR)
    out.append(await reader.read())
    writer.close()
    await writer.wait_closed()
    return out


async def main():
    results = await asyncio.gather(*(client(i) for i in range(int(sys.argv[3]))))
    for r in results:
        print(r)


asyncio.run(main())
