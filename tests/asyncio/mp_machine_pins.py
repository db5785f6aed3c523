# Virtual machine.Pin / Signal / pyb.LED for board examples driven by asyncio:
# values, on/off/toggle, Signal inversion, and pin IRQs waking a task through a
# ThreadSafeFlag.
import asyncio
from machine import Pin, Signal
import pyb

p = Pin(5, Pin.OUT)
print(p, p.value())
p.on()
print(p.value(), p())
p.off()
p(1)
print(p.value())
p.toggle()
print(p.value())
s = Signal(p, invert=True)
s.on()
print("signal on -> pin", p.value(), "signal", s.value())
s.off()
print("signal off -> pin", p.value(), "signal", s())
s2 = Signal(Pin(6, Pin.OUT))
s2.value(1)
print(s2.value())
inp = Pin(7, Pin.IN, Pin.PULL_UP)
print("pull-up input", inp.value())
led = pyb.LED(1)
led.on()
print(led, led.intensity())
led.toggle()
print(led.intensity())

async def main():
    flag = asyncio.ThreadSafeFlag()
    button = Pin(0, Pin.OUT, value=0)
    presses = []
    button.irq(lambda pin: flag.set(), Pin.IRQ_RISING)

    async def watcher():
        for _ in range(3):
            await flag.wait()
            presses.append(button.value())
    w = asyncio.create_task(watcher())
    for _ in range(3):
        await asyncio.sleep_ms(2)
        button.value(1)
        await asyncio.sleep_ms(2)
        button.value(0)
    await w
    print("presses", presses)

    async def blink(led, n, ms, log):
        for _ in range(n):
            led.on()
            log.append(led.value())
            await asyncio.sleep_ms(ms)
            led.off()
            log.append(led.value())
            await asyncio.sleep_ms(ms)
    log = []
    await asyncio.gather(blink(Pin(1, Pin.OUT), 3, 2, log), blink(Signal(Pin(2, Pin.OUT), invert=True), 3, 3, log))
    print(len(log), sum(log))

asyncio.run(main())
