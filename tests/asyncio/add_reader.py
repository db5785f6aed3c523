# loop.add_reader/add_writer/remove_reader/remove_writer on a socketpair,
# with sockets and with descriptors.
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = []
    done = loop.create_future()

    queue = [b"two", b"last"]

    def on_readable():
        data = b.recv(100)
        got.append(data)
        if queue:
            a.send(queue.pop(0))  # the next one only once this one is read
        else:
            print("remove_reader:", loop.remove_reader(b))
            done.set_result(None)

    loop.add_reader(b, on_readable)
    a.send(b"one")
    await done
    print(got)
    print("remove again:", loop.remove_reader(b))
    writable = loop.create_future()
    loop.add_writer(a.fileno(), lambda: writable.done() or writable.set_result("writable"))
    print(await writable)
    print(loop.remove_writer(a.fileno()))
    try:
        loop.add_reader(-1, print)
    except ValueError as e:
        print("ValueError", e)
    a.close()
    b.close()

asyncio.run(main())
