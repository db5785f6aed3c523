# loop.sock_accept/sock_connect/sock_sendall/sock_recv/sock_recv_into on non-blocking sockets.
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen()
    lsock.setblocking(False)
    addr = lsock.getsockname()
    csock = socket.socket()
    csock.setblocking(False)
    acc = asyncio.create_task(loop.sock_accept(lsock))
    await loop.sock_connect(csock, addr)
    conn, peer = await acc
    print(peer == csock.getsockname(), conn.gettimeout())
    await loop.sock_sendall(csock, b"hello world")
    data = await loop.sock_recv(conn, 5)
    print(data)
    buf = bytearray(10)
    n = await loop.sock_recv_into(conn, buf)
    print(n, bytes(buf[:n]))
    rd = asyncio.create_task(loop.sock_recv(csock, 100))
    await asyncio.sleep(0)
    print(rd.done())
    await loop.sock_sendall(conn, b"back")
    print(await rd)
    conn.close()
    print(await loop.sock_recv(csock, 10))
    csock.close()
    lsock.close()

asyncio.run(main())
