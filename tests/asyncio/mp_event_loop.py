# get_event_loop returns the one loop; new_event_loop resets it (queued and sleeping
# tasks are dropped, the exception handler is kept); run_until_complete and
# run_forever keep leftover tasks queued; close() is a no-op.
import asyncio

log = []

async def forever(name):
    while True:
        log.append(name)
        await asyncio.sleep_ms(1)

async def main(n):
    asyncio.create_task(forever("bg%d" % n))
    await asyncio.sleep_ms(3)
    return n

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop is asyncio.get_event_loop(0, 0))
print(loop.run_until_complete(main(1)))
print("bg1" in log)
log.clear()
print(loop.run_until_complete(asyncio.sleep_ms(3, "slept")))
print("bg1 continued:", "bg1" in log)

def handler(loop, ctx):
    print("handler", ctx["message"])
loop.set_exception_handler(handler)
new = asyncio.new_event_loop()
print(new is loop, new.get_exception_handler() is handler)
log.clear()
print(asyncio.run(main(2)))
print("bg1" in log, "bg2" in log)
loop.close()
asyncio.new_event_loop()
log.clear()

async def stopper():
    await asyncio.sleep_ms(5)
    loop.stop()

loop.create_task(stopper())
loop.run_forever()
print("run_forever returned", log)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)

async def check_running():
    return asyncio.get_running_loop() is loop

print(asyncio.run(check_running()))
