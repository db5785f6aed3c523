# MicroPython's error texts for misuse of tasks and locks (upy follows MicroPython).
import asyncio

async def main():
    try:
        asyncio.create_task(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.current_task().cancel()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        asyncio.Lock().release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(asyncio.__version__)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
