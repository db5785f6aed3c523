# Cancelling a task that awaits Server.wait_closed() raises CancelledError
# in it (MicroPython forwards the cancellation to the accept task).
import asyncio


async def waiter(server):
    try:
        await server.wait_closed()
        print("wait_closed returned")
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    server = await asyncio.start_server(None, "127.0.0.1", 0)
    task = asyncio.create_task(waiter(server))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled")
    server.close()
    await server.wait_closed()

    server = await asyncio.start_server(None, "127.0.0.1", 0)
    task = asyncio.create_task(server.wait_closed())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("direct task cancelled")
    server.close()
    await server.wait_closed()
    print("closed")


asyncio.run(main())
