# The example of MicroPython's asyncio documentation, on a generic board:
# machine.Pin is host-virtual in upy (set UPY_TRACE_PINS=1 to see the pins).
import asyncio
from machine import Pin

async def blink(led, period_ms):
    while True:
        led.on()
        await asyncio.sleep_ms(5)
        led.off()
        await asyncio.sleep_ms(period_ms)

async def main(led1, led2):
    asyncio.create_task(blink(led1, 700))
    asyncio.create_task(blink(led2, 400))
    await asyncio.sleep_ms(10_000)

asyncio.run(main(Pin(1), Pin(2)))
