# CPython's documentation UDP echo server and client (create_datagram_endpoint).
import asyncio

log = []

class EchoServerProtocol(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        message = data.decode()
        log.append("Received %r from loopback" % message)
        self.transport.sendto(data.upper(), addr)


class EchoClientProtocol(asyncio.DatagramProtocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        log.append("Send: %s" % self.message)
        self.transport.sendto(self.message.encode())

    def datagram_received(self, data, addr):
        log.append("Received: %s" % data.decode())
        log.append("Close the socket")
        self.transport.close()

    def error_received(self, exc):
        log.append("Error received: %s" % exc)

    def connection_lost(self, exc):
        log.append("Connection closed %s" % exc)
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_datagram_endpoint(
        lambda: EchoServerProtocol(), local_addr=("127.0.0.1", 0))
    addr = transport.get_extra_info("sockname")
    on_con_lost = loop.create_future()
    ctransport, cprotocol = await loop.create_datagram_endpoint(
        lambda: EchoClientProtocol("Hello World!", on_con_lost), remote_addr=addr)
    print(ctransport.get_extra_info("peername") == addr)
    await on_con_lost
    print(ctransport.is_closing())
    loop.call_soon(transport.close)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for line in log:
        print(line)

asyncio.run(main())
