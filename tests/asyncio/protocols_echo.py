# CPython's documentation examples: TCP echo server and client written with
# Protocols (loop.create_server, loop.create_connection), one process.
import asyncio

log = {"server": [], "client": []}

class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        peername = transport.get_extra_info("peername")
        log["server"].append("Connection from loopback: {}".format(peername[0]))
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        log["server"].append("Data received: {!r}".format(message))
        log["server"].append("Send: {!r}".format(message))
        self.transport.write(data)
        log["server"].append("Close the client socket")
        self.transport.close()

    def connection_lost(self, exc):
        log["server"].append("server connection_lost {}".format(exc))


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        log["client"].append("Data sent: {!r}".format(self.message))

    def data_received(self, data):
        log["client"].append("Data received: {!r}".format(data.decode()))

    def eof_received(self):
        log["client"].append("eof_received")

    def connection_lost(self, exc):
        log["client"].append("The server closed the connection")
        self.on_con_lost.set_result(True)


class Collector(asyncio.Protocol):
    def __init__(self, done):
        self.data = b""
        self.done = done

    def data_received(self, data):
        self.data += data

    def eof_received(self):
        self.done.set_result(self.data)
        return True  # keep the transport open: we close it


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol("Hello World!", on_con_lost), "127.0.0.1", port)
    print(isinstance(protocol, EchoClientProtocol), transport.is_closing())
    await on_con_lost
    transport.close()
    print(transport.is_closing())
    server.close()
    await server.wait_closed()
    for side in ("server", "client"):
        print("--", side)
        for line in log[side]:
            print(line)
    # a server that sends a lot and half-closes
    async def big(reader, writer):
        writer.write(b"x" * 200000)
        writer.write_eof()
        await writer.drain()
        await reader.read()
        writer.close()
    srv = await asyncio.start_server(big, "127.0.0.1", 0)
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Collector(done), "127.0.0.1", srv.sockets[0].getsockname()[1])
    data = await done
    print(len(data), tr.is_closing())
    tr.close()
    srv.close()
    await srv.wait_closed()
    print(issubclass(asyncio.Protocol, asyncio.BaseProtocol), issubclass(asyncio.Transport, asyncio.BaseTransport))

asyncio.run(main())
