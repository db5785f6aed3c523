# open_connection to a closed port raises ConnectionRefusedError.
import asyncio, socket

async def main():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print(type(e).__name__, e.errno, isinstance(e, ConnectionRefusedError))
    try:
        await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0, backlog=1)
        print("ok")
    except OSError as e:
        print(e)

asyncio.run(main())
