# uasyncio is the same module as asyncio; sleep_ms and wait_for_ms exist.
import asyncio
import uasyncio

print(uasyncio is asyncio, uasyncio.sleep is asyncio.sleep)

async def quick():
    await asyncio.sleep_ms(1)
    return "quick"

async def main():
    print(await asyncio.wait_for_ms(quick(), 100))
    try:
        await asyncio.wait_for_ms(asyncio.sleep_ms(1000), 5)
    except asyncio.TimeoutError:
        print("timeout")

asyncio.run(main())
