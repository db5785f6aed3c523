# A peer that stalls in the handshake does not hold a TLS server forever:
# start_server's ssl_handshake_timeout (60 s by default) and a blocking
# wrap_socket on a socket with a timeout give up, close the connection
# and keep serving the others.
import _thread
import asyncio
import socket
import time
import _certs


async def echo(reader, writer):
    try:
        data = await reader.readline()
        writer.write(data)
        await writer.drain()
    except OSError:
        pass  # upy: the handshake's failure (CPython never calls back)
    writer.close()


async def stalled(port, hello):
    # A plain TCP client that starts a handshake (or not) and then waits.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    if hello:
        writer.write(b"\x16\x03\x01\x00\xc8\x01\x00\x00\xc4\x03\x03")  # a ClientHello's first bytes
        await writer.drain()
    t0 = time.time()
    try:
        data = await asyncio.wait_for(reader.read(100), 10)
        print("stalled client: closed by the server", data, time.time() - t0 < 5)
    except OSError as e:
        print("stalled client: closed by the server", type(e).__name__, time.time() - t0 < 5)
    writer.close()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0, ssl=_certs.server_context(), ssl_handshake_timeout=1.0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(stalled(port, False), stalled(port, True))
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=_certs.client_context(), server_hostname="localhost")
    writer.write(b"still serving\n")
    await writer.drain()
    print(await reader.readline())
    writer.close()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.start_server(echo, "127.0.0.1", 0, ssl_handshake_timeout=1)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())

# Blocking: the socket's timeout bounds the handshake of wrap_socket.
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(1)
result = []


def serve():
    conn, _ = listener.accept()
    conn.settimeout(0.3)
    t0 = time.time()
    try:
        _certs.server_context().wrap_socket(conn, server_side=True)
        result.append("handshake done?")
    except OSError as e:
        result.append((type(e).__name__, "timed out" in str(e), time.time() - t0 < 5))
    conn.close()


_thread.start_new_thread(serve, ())
c = socket.socket()
c.connect(listener.getsockname())
for i in range(500):
    if result:
        break
    time.sleep(0.01)
print(result)
c.close()
listener.close()
