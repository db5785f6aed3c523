# A stream server survives bad peers: a client that resets the connection
# while the server writes, one that half-closes, one that sends part of a
# line and then nothing (slowloris), and one flooding an endless line. The
# server keeps serving other clients, its memory stays flat, and no
# descriptor leaks.
import asyncio
import os
import socket


def nfds():
    return len(os.listdir("/proc/self/fd"))


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])


log = []


async def handle(reader, writer):
    try:
        while True:
            try:
                line = await asyncio.wait_for(reader.readline(), 0.5)
            except ValueError:
                log.append("line too long")
                continue
            if not line:
                log.append("eof")
                writer.write(b"bye\n")
                await writer.drain()
                break
            if line == b"big\n":
                chunk = b"z" * 65536
                for i in range(1000):
                    writer.write(chunk)
                    await writer.drain()
            else:
                writer.write(line.upper())
                await writer.drain()
    except asyncio.TimeoutError:
        log.append("timeout")
    except OSError:
        log.append("connection error")
    writer.close()
    try:
        await writer.wait_closed()
    except OSError:
        pass


async def echo_ok(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping\n")
    await writer.drain()
    got = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return got


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=1024)
    port = server.sockets[0].getsockname()[1]
    print("warm-up:", await echo_ok(port))
    await asyncio.sleep(0.05)
    base = nfds()

    # A reset while the server is writing.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"big\n")
    await writer.drain()
    print("some data:", len(await reader.readexactly(1000)))
    sock = writer.get_extra_info("socket")
    # SO_LINGER on, 0 s: close() sends a reset.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, bytes([1, 0, 0, 0, 0, 0, 0, 0]))
    writer.close()
    await writer.wait_closed()
    print("after reset:", await echo_ok(port))

    # A half-close: the client stops writing and still gets the answers.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"half\n")
    await writer.drain()
    writer.get_extra_info("socket").shutdown(socket.SHUT_WR)
    print("half-close:", await reader.read())
    writer.close()
    await writer.wait_closed()

    # Slowloris: part of a line, then silence.
    slow_reader, slow_writer = await asyncio.open_connection("127.0.0.1", port)
    slow_writer.write(b"slow")
    await slow_writer.drain()
    print("during slowloris:", await echo_ok(port))

    # A flood: one endless line of 8 MB, then a short line.
    rss = rss_kb()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    chunk = b"f" * 65536
    for i in range(128):
        writer.write(chunk)
        await writer.drain()
    print("during flood:", await echo_ok(port))
    writer.write(b"\nshort\n")
    await writer.drain()
    while True:
        line = await reader.readline()
        if line == b"SHORT\n":
            break
    print("after flood:", line)
    print("memory flat:", rss_kb() - rss < 6000)
    writer.close()
    await writer.wait_closed()

    print("slowloris dropped:", await slow_reader.read())
    slow_writer.close()
    await slow_writer.wait_closed()

    await asyncio.sleep(0.1)
    print("leaked descriptors:", nfds() - base)
    server.close()
    await server.wait_closed()
    print(sorted(set(log)))


asyncio.run(main())
